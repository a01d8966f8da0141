using System.ComponentModel.DataAnnotations;

namespace TaxiiServer.Storage.Sqlite;

/// <summary>
/// Settings of the embedded SQLite store, bound from <c>Taxii:Storage:Sqlite</c>.
/// </summary>
public sealed class SqliteStorageOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Taxii:Storage:Sqlite";

    /// <summary>
    /// The database file. Default <c>data/taxii.db</c>; a relative path is relative to the current directory. Its
    /// folder is created when missing.
    /// </summary>
    [Required]
    public string Path { get; set; } = "data/taxii.db";

    /// <summary>
    /// How long one attempt waits for another writer (SQLite <c>busy_timeout</c>) before the retry pipeline backs
    /// off and tries again. Default 2000 ms.
    /// </summary>
    [Range(1, 600_000)]
    public int BusyTimeoutMilliseconds { get; set; } = 2000;
}
