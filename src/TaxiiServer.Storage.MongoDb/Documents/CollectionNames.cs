namespace TaxiiServer.Storage.MongoDb.Documents;

/// <summary>The MongoDB collections of one TAXII database, named once so indexes, stores and tests agree.</summary>
internal static class CollectionNames
{
    public const string Objects = "objects";
    public const string DateAddedClocks = "date_added_clocks";
    public const string Statuses = "statuses";
    public const string Discovery = "discovery";
    public const string ApiRoots = "api_roots";
    public const string Collections = "collections";
    public const string Accounts = "accounts";
    public const string Grants = "grants";
    public const string ApiKeys = "api_keys";
    public const string Audit = "audit";
}
