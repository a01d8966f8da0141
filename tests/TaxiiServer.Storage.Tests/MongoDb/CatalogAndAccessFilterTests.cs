using TaxiiServer.Storage.MongoDb.Filters;
using TaxiiServer.Storage.MongoDb.Updates;
using static TaxiiServer.Storage.Tests.MongoDb.BsonRendering;

namespace TaxiiServer.Storage.Tests.MongoDb;

public class CatalogAndAccessFilterTests
{
    [Test]
    public void Discovery_is_the_singleton_document() =>
        AssertBson(Render(CatalogFilters.Discovery), "{ _id: 'discovery' }");

    [Test]
    public void Api_roots_are_keyed_and_ordered_by_name()
    {
        AssertBson(Render(CatalogFilters.ApiRoot("api1")), "{ _id: 'api1' }");
        AssertBson(Render(CatalogFilters.ApiRootsByName), "{ _id: 1 }");
    }

    [Test]
    public void Collections_of_an_api_root_are_ordered_by_title_then_id()
    {
        AssertBson(Render(CatalogFilters.CollectionsOf("api1")), "{ api_root: 'api1' }");
        AssertBson(Render(CatalogFilters.CollectionsByTitle), "{ title: 1, _id: 1 }");
        AssertBson(Render(CatalogFilters.Collection("91a7b528-80eb-42ed-a74d-c6fbd5a26116")), "{ _id: '91a7b528-80eb-42ed-a74d-c6fbd5a26116' }");
    }

    [Test]
    public void A_status_is_found_by_its_compound_primary_key() =>
        AssertBson(Render(StatusFilters.Status("api1", "s-1")), "{ _id: { api_root: 'api1', id: 's-1' } }");

    [Test]
    public void Purge_matches_statuses_completed_strictly_before_the_cut_off() =>
        AssertBson(Render(StatusFilters.CompletedBefore(1_700_000_000_000_000)), "{ completed_at: { '$lt': NumberLong('1700000000000000') } }");

    [Test]
    public void Accounts_are_keyed_by_name_and_grants_listed_by_collection()
    {
        AssertBson(Render(AccessFilters.Account("alice")), "{ _id: 'alice' }");
        AssertBson(Render(AccessFilters.GrantsOf("alice")), "{ account: 'alice' }");
        AssertBson(Render(AccessFilters.GrantsByCollection), "{ collection_id: 1 }");
    }

    [Test]
    public void Setting_a_password_hash_touches_nothing_else() =>
        AssertBson(Render(AccountUpdates.SetPasswordHash("pbkdf2$x")), "{ '$set': { password_hash: 'pbkdf2$x' } }");
}
