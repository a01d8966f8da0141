namespace TaxiiServer.Api.Options;

public enum StorageProvider
{
    Sqlite,
    MongoDb,
}

/// <summary>Which store holds the hub's data, bound from <c>Taxii:Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Taxii:Storage";

    /// <summary><c>Sqlite</c> (default, embedded, one file) or <c>MongoDb</c> (production, scale-out).</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;
}
