using MongoDB.Driver;
using TaxiiServer.Storage.MongoDb.Documents;

namespace TaxiiServer.Storage.MongoDb.Filters;

/// <summary>Filters and sorts of the accounts and grants collections, with the index each uses.</summary>
internal static class AccessFilters
{
    /// <summary>Index: _id (the account name).</summary>
    public static FilterDefinition<AccountDocument> Account(string name) =>
        Builders<AccountDocument>.Filter.Eq(d => d.Name, name);

    /// <summary>Index: grants_account_collection_unique, by its account prefix, which also gives the order.</summary>
    public static FilterDefinition<GrantDocument> GrantsOf(string account) =>
        Builders<GrantDocument>.Filter.Eq(d => d.Account, account);

    /// <summary>Grants by collection id, so an account's grants come back in a stable order.</summary>
    public static SortDefinition<GrantDocument> GrantsByCollection { get; } =
        Builders<GrantDocument>.Sort.Ascending(d => d.CollectionId);
}
