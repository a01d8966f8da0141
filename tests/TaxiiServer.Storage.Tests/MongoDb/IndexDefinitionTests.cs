using MongoDB.Driver;
using TaxiiServer.Storage.MongoDb.Documents;
using TaxiiServer.Storage.MongoDb.Indexes;
using static TaxiiServer.Storage.Tests.MongoDb.BsonRendering;

namespace TaxiiServer.Storage.Tests.MongoDb;

public class IndexDefinitionTests
{
    [TestCase(ObjectIndexes.VersionUnique, "{ collection_id: 1, id: 1, version_key: 1 }", true)]
    [TestCase(ObjectIndexes.Paging, "{ collection_id: 1, date_added: 1 }", true)]
    [TestCase(ObjectIndexes.ById, "{ collection_id: 1, id: 1, spec_version: 1, version_key: 1, date_added: 1 }", false)]
    [TestCase(ObjectIndexes.ByType, "{ collection_id: 1, type: 1, date_added: 1 }", false)]
    public void Object_indexes_have_fixed_names_keys_and_uniqueness(string name, string keys, bool unique)
    {
        var model = ObjectIndexes.All.Single(m => m.Options.Name == name);

        AssertBson(Render(model.Keys), keys);
        Assert.That(model.Options.Unique ?? false, Is.EqualTo(unique));
    }

    [Test]
    public void Every_object_index_is_named_so_creation_is_idempotent()
    {
        var names = ObjectIndexes.All.Select(m => m.Options.Name).ToList();

        Assert.That(names, Has.Count.EqualTo(4));
        Assert.That(names, Is.All.Not.Null);
        Assert.That(names, Is.Unique);
    }

    [Test]
    public void Status_purge_index_is_partial_on_completed_statuses()
    {
        var model = OtherIndexes.Statuses.Single();
        var options = (CreateIndexOptions<StatusDocument>)model.Options;

        Assert.That(options.Name, Is.EqualTo(OtherIndexes.StatusesCompletedAt));
        AssertBson(Render(model.Keys), "{ completed_at: 1 }");
        AssertBson(Render(options.PartialFilterExpression), "{ completed_at: { '$exists': true } }");
    }

    [Test]
    public void Collections_index_serves_the_title_then_id_order()
    {
        var model = OtherIndexes.Collections.Single();

        Assert.That(model.Options.Name, Is.EqualTo(OtherIndexes.CollectionsByApiRoot));
        AssertBson(Render(model.Keys), "{ api_root: 1, title: 1, _id: 1 }");
    }

    [Test]
    public void Grants_are_unique_per_account_and_collection()
    {
        var model = OtherIndexes.Grants.Single();

        Assert.That(model.Options.Name, Is.EqualTo(OtherIndexes.GrantsUnique));
        Assert.That(model.Options.Unique, Is.True);
        AssertBson(Render(model.Keys), "{ account: 1, collection_id: 1 }");
    }
}
