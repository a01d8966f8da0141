using TaxiiServer.Core.Access;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using TaxiiServer.Core.Taxii;
using TaxiiServer.Storage.MongoDb.Filters;
using TaxiiServer.Storage.MongoDb.Indexes;
using TaxiiServer.Storage.MongoDb.Updates;
using static TaxiiServer.Storage.Tests.MongoDb.BsonRendering;

namespace TaxiiServer.Storage.Tests.MongoDb;

/// <summary>The administration filters, updates and indexes of issue 5, rendered to BSON without a server.</summary>
public class AdminFilterTests
{
    [Test]
    public void Api_keys_are_found_by_secret_hash_by_id_and_by_account_oldest_first()
    {
        AssertBson(Render(AdminFilters.KeyBySecretHash("ab12")), "{ secret_hash: 'ab12' }");
        AssertBson(Render(AdminFilters.Key("k1")), "{ _id: 'k1' }");
        AssertBson(Render(AdminFilters.KeysOf("alice")), "{ account: 'alice' }");
        AssertBson(Render(AdminFilters.KeysByCreation), "{ created: 1, _id: 1 }");
    }

    [Test]
    public void Accounts_are_listed_by_name() =>
        AssertBson(Render(AdminFilters.AccountsByName), "{ _id: 1 }");

    [Test]
    public void Touch_only_matches_a_key_unused_or_used_before_the_cut_off() =>
        AssertBson(Render(AdminFilters.KeyToTouch("k1", 500)),
            "{ _id: 'k1', '$or': [ { last_used: null }, { last_used: { '$lt': NumberLong(500) } } ] }");

    [Test]
    public void Key_updates_set_only_their_field()
    {
        AssertBson(Render(AdminUpdates.Revoke), "{ '$set': { revoked: true } }");
        AssertBson(Render(AdminUpdates.Touch(42)), "{ '$set': { last_used: NumberLong(42) } }");
    }

    [Test]
    public void Account_flag_updates_set_only_their_flag()
    {
        AssertBson(Render(AdminUpdates.SetDisabled(true)), "{ '$set': { disabled: true } }");
        AssertBson(Render(AdminUpdates.SetAdmin(false)), "{ '$set': { is_admin: false } }");
    }

    [Test]
    public void Grants_are_addressed_by_pair_and_listed_per_collection_by_account()
    {
        AssertBson(Render(AdminFilters.Grant("alice", "c1")), "{ account: 'alice', collection_id: 'c1' }");
        AssertBson(Render(AdminFilters.GrantsOn("c1")), "{ collection_id: 'c1' }");
        AssertBson(Render(AdminFilters.GrantsByAccount), "{ account: 1 }");
        AssertBson(Render(AdminUpdates.SetRights(new Grant("alice", "c1", true, false))),
            "{ '$set': { read: true, write: false } }");
    }

    [Test]
    public void Api_root_update_unsets_a_removed_description()
    {
        AssertBson(Render(AdminUpdates.ApiRoot(new ApiRootInfo("r", "T", null, 10))),
            "{ '$set': { title: 'T', max_content_length: NumberLong(10) }, '$unset': { description: 1, validation: 1 } }");
        AssertBson(Render(AdminUpdates.ApiRoot(new ApiRootInfo("r", "T", "D", 10))),
            "{ '$set': { title: 'T', description: 'D', max_content_length: NumberLong(10) }, '$unset': { validation: 1 } }");
    }

    [Test]
    public void Collection_update_never_touches_the_api_root()
    {
        var update = Render(AdminUpdates.Collection(new CollectionInfo("c1", "r", "T", null, "al", ["m1", "m2"])));

        AssertBson(update, "{ '$set': { title: 'T', alias: 'al', media_types: ['m1', 'm2'] }, '$unset': { description: 1 } }");
    }

    [Test]
    public void An_unfiltered_audit_query_matches_everything_newest_first()
    {
        AssertBson(Render(AdminFilters.Audit(new AuditQuery())), "{ }");
        AssertBson(Render(AdminFilters.AuditNewestFirst), "{ ts: -1, _id: -1 }");
    }

    [Test]
    public void An_audit_query_combines_its_filters_and_continues_after_the_cursor()
    {
        var query = new AuditQuery("alice", "key.create", new TaxiiTimestamp(10), new TaxiiTimestamp(90), 5,
            new AuditCursor(new TaxiiTimestamp(50), "r5"));

        // The driver merges the two bounds on ts into one range document.
        AssertBson(Render(AdminFilters.Audit(query)), """
            { actor: 'alice', action: 'key.create', ts: { '$gte': NumberLong(10), '$lt': NumberLong(90) },
              '$or': [ { ts: { '$lt': NumberLong(50) } }, { ts: NumberLong(50), _id: { '$lt': 'r5' } } ] }
            """);
    }

    [TestCase(AdminIndexes.KeysBySecretHash, "{ secret_hash: 1 }", true)]
    [TestCase(AdminIndexes.KeysByAccount, "{ account: 1, created: 1, _id: 1 }", false)]
    public void Api_key_indexes_have_fixed_names_keys_and_uniqueness(string name, string keys, bool unique)
    {
        var model = AdminIndexes.ApiKeys.Single(m => m.Options.Name == name);

        AssertBson(Render(model.Keys), keys);
        Assert.That(model.Options.Unique ?? false, Is.EqualTo(unique));
    }

    [TestCase(AdminIndexes.AuditByTime, "{ ts: 1, _id: 1 }")]
    [TestCase(AdminIndexes.AuditByActor, "{ actor: 1, ts: 1, _id: 1 }")]
    [TestCase(AdminIndexes.AuditByAction, "{ action: 1, ts: 1, _id: 1 }")]
    public void Audit_indexes_serve_each_filter_in_time_order(string name, string keys) =>
        AssertBson(Render(AdminIndexes.Audit.Single(m => m.Options.Name == name).Keys), keys);

    [Test]
    public void Grants_by_collection_index_lists_holders_by_account()
    {
        var model = AdminIndexes.Grants.Single();

        Assert.That(model.Options.Name, Is.EqualTo(AdminIndexes.GrantsByCollection));
        AssertBson(Render(model.Keys), "{ collection_id: 1, account: 1 }");
    }
}
