using System.ComponentModel.DataAnnotations;

namespace TaxiiServer.Storage.MongoDb;

/// <summary>
/// Settings of the MongoDB store, bound from <c>Taxii:Storage:MongoDb</c> and validated at start-up.
/// Defaults: database <c>taxii</c>, write concern <c>majority</c> with journaling (an object is reported Added only
/// once a majority of the replica set has it in its journal), server selection and connect timeouts of 10 s,
/// date_added leases of 60 s.
/// </summary>
public sealed class MongoStorageOptions
{
    public const string SectionName = "Taxii:Storage:MongoDb";

    /// <summary>A <c>mongodb://</c> or <c>mongodb+srv://</c> URI. Required: there is no sensible default server.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Database name; default <c>taxii</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Database { get; set; } = "taxii";

    /// <summary>Write concern <c>w</c>: <c>majority</c> (default), a node count, or a tag set name.</summary>
    [Required(AllowEmptyStrings = false)]
    public string WriteConcern { get; set; } = "majority";

    /// <summary>Whether writes wait for the journal (<c>j: true</c>); default true.</summary>
    public bool Journal { get; set; } = true;

    /// <summary>How long the driver looks for a suitable server before failing; default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan ServerSelectionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>TCP connect timeout; default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a block of date_added values may stay in flight before readers treat it as abandoned; default 60 s.
    /// Must exceed twice <see cref="MongoResilienceOptions.Timeout"/>, so a writer always gives up before its lease
    /// runs out (see docs/mongodb-date-added.md).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DateAddedLeaseDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retry, circuit breaker and timeout around every store call.</summary>
    public MongoResilienceOptions Resilience { get; set; } = new();
}
