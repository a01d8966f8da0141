using MongoDB.Bson;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb.Filters;
using static TaxiiServer.Storage.Tests.MongoDb.BsonRendering;

namespace TaxiiServer.Storage.Tests.MongoDb;

public class ObjectFilterTests
{
    [Test]
    public void Collection_filter_uses_the_collection_id_field() =>
        AssertBson(Render(ObjectFilters.InCollection("c1")), "{ collection_id: 'c1' }");

    [Test]
    public void Object_filter_matches_collection_and_stix_id() =>
        AssertBson(Render(ObjectFilters.ForObject("c1", "indicator--1")), "{ collection_id: 'c1', id: 'indicator--1' }");

    [Test]
    public void Batch_filter_matches_the_ids_of_the_batch() =>
        AssertBson(Render(ObjectFilters.ForObjects("c1", ["a--1", "b--2"])), "{ collection_id: 'c1', id: { '$in': ['a--1', 'b--2'] } }");

    [Test]
    public void Version_filter_matches_the_unique_index_fields() =>
        AssertBson(Render(ObjectFilters.ForVersion("c1", "a--1", "k")), "{ collection_id: 'c1', id: 'a--1', version_key: 'k' }");

    [Test]
    public void Key_filter_keeps_the_collection_so_a_stray_key_cannot_cross_collections()
    {
        var key = ObjectId.Parse("65a000000000000000000001");
        AssertBson(Render(ObjectFilters.ForKeys("c1", [key])), "{ collection_id: 'c1', _id: { '$in': [ObjectId('65a000000000000000000001')] } }");
    }

    [Test]
    public void Pages_sort_by_date_added_ascending() =>
        AssertBson(Render(ObjectFilters.DateAddedAscending), "{ date_added: 1 }");

    [Test]
    public void Content_free_reads_exclude_raw() =>
        AssertBson(Render(ObjectFilters.WithoutRaw), "{ raw: 0 }");

    [Test]
    public void An_empty_version_filter_matches_nothing_rather_than_everything()
    {
        var query = new ObjectQuery("c1", null, null, [], [], new VersionFilter(false, false, false, []), ["2.1"], 5);

        AssertBson(Render(ObjectQueryFilters.Candidates(query, 50)),
            "{ collection_id: 'c1', date_added: { '$lte': NumberLong(50) }, spec_version: { '$in': ['2.1'] }, version_key: { '$in': [] } }");
    }

    [TestCase(false, false, false, true)]
    [TestCase(true, false, false, false)]
    [TestCase(false, true, false, false)]
    [TestCase(false, false, true, false)]
    public void Only_listed_versions_is_true_without_first_last_or_all(bool first, bool last, bool all, bool expected) =>
        Assert.That(ObjectQueryFilters.OnlyListedVersions(new VersionFilter(first, last, all, ["k"])), Is.EqualTo(expected));
}
