using MongoDB.Driver;

namespace TaxiiServer.Storage.MongoDb;

/// <summary>Turns <see cref="MongoStorageOptions"/> into driver settings; pure, so the mapping is tested without a server.</summary>
internal static class MongoClientSettingsFactory
{
    public static MongoClientSettings Create(MongoStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = MongoClientSettings.FromConnectionString(options.ConnectionString);

        // Retryable writes make a write that hit a failover run once more on the new primary with the same
        // transaction number, so it is applied at most once; retryable reads do the same for reads.
        settings.RetryWrites = true;
        settings.RetryReads = true;
        settings.WriteConcern = CreateWriteConcern(options);

        // Majority reads: a reader never sees a write that a failover could roll back, which the date_added
        // watermark relies on (docs/mongodb-date-added.md).
        settings.ReadConcern = ReadConcern.Majority;
        settings.ReadPreference = ReadPreference.Primary;
        settings.ServerSelectionTimeout = options.ServerSelectionTimeout;
        settings.ConnectTimeout = options.ConnectTimeout;
        return settings;
    }

    public static WriteConcern CreateWriteConcern(MongoStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var w = int.TryParse(options.WriteConcern, System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var count)
            ? (WriteConcern.WValue)count
            : WriteConcern.WValue.Parse(options.WriteConcern);
        return new WriteConcern(w, journal: options.Journal);
    }
}
