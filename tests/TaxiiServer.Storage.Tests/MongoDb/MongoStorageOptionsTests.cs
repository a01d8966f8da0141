using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MongoDB.Driver;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb;

namespace TaxiiServer.Storage.Tests.MongoDb;

public class MongoStorageOptionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddTaxiiMongoStore(configuration).BuildServiceProvider();
    }

    private static Dictionary<string, string?> Valid() => new()
    {
        ["Taxii:Storage:MongoDb:ConnectionString"] = "mongodb://localhost:27017",
    };

    [Test]
    public void Defaults_are_majority_journaled_writes_on_the_taxii_database()
    {
        using var services = Build(Valid());
        var options = services.GetRequiredService<IOptions<MongoStorageOptions>>().Value;

        Assert.That(options.Database, Is.EqualTo("taxii"));
        Assert.That(options.WriteConcern, Is.EqualTo("majority"));
        Assert.That(options.Journal, Is.True);
        Assert.That(options.Resilience.MaxRetryAttempts, Is.EqualTo(3));
    }

    [Test]
    public void Client_settings_turn_on_retryable_writes_majority_reads_and_the_configured_write_concern()
    {
        var settings = MongoClientSettingsFactory.Create(new MongoStorageOptions
        {
            ConnectionString = "mongodb://db1,db2/?replicaSet=rs0",
            ServerSelectionTimeout = TimeSpan.FromSeconds(3),
        });

        Assert.That(settings.RetryWrites, Is.True);
        Assert.That(settings.RetryReads, Is.True);
        Assert.That(settings.WriteConcern, Is.EqualTo(new WriteConcern(WriteConcern.WValue.Parse("majority"), journal: true)));
        Assert.That(settings.ReadConcern, Is.EqualTo(ReadConcern.Majority));
        Assert.That(settings.ServerSelectionTimeout, Is.EqualTo(TimeSpan.FromSeconds(3)));
    }

    [TestCase("majority", false, "{ \"w\" : \"majority\", \"j\" : false }")]
    [TestCase("2", true, "{ \"w\" : 2, \"j\" : true }")]
    public void Write_concern_is_configurable(string w, bool journal, string expected)
    {
        var concern = MongoClientSettingsFactory.CreateWriteConcern(new MongoStorageOptions { WriteConcern = w, Journal = journal });

        Assert.That(concern.ToBsonDocument().ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void Every_store_and_the_initializer_resolve_without_a_server()
    {
        using var services = Build(Valid());

        Assert.That(services.GetRequiredService<IObjectStore>(), Is.Not.Null);
        Assert.That(services.GetRequiredService<IStatusStore>(), Is.Not.Null);
        Assert.That(services.GetRequiredService<ICatalogStore>(), Is.Not.Null);
        Assert.That(services.GetRequiredService<IAccountStore>(), Is.Not.Null);
        Assert.That(services.GetRequiredService<IStoreInitializer>(), Is.Not.Null);
    }

    [Test]
    public void Registering_twice_keeps_one_registration_per_contract()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Valid()).Build();
        var services = new ServiceCollection().AddTaxiiMongoStore(configuration).AddTaxiiMongoStore(configuration);

        Assert.That(services.Count(d => d.ServiceType == typeof(IObjectStore)), Is.EqualTo(1));
        Assert.That(services.Count(d => d.ServiceType == typeof(IValidateOptions<MongoStorageOptions>)), Is.EqualTo(2),
            "one data-annotations validator and one MongoStorageOptionsValidator");
    }

    [TestCase(null, null, "ConnectionString")] // no server configured
    [TestCase("not-a-uri", null, "not a MongoDB URI")]
    [TestCase("mongodb://localhost", "Resilience:BreakerFailureRatio=2", "BreakerFailureRatio")]
    [TestCase("mongodb://localhost", "DateAddedLeaseDuration=00:00:20", "at least twice")] // 20 s < 2 × 15 s timeout
    [TestCase("mongodb://localhost", "WriteConcern=-1", "WriteConcern")]
    [TestCase("mongodb://localhost", "ServerSelectionTimeout=00:00:00.001", "ServerSelectionTimeout")]
    [TestCase("mongodb://localhost", "Database=", "Database")]
    public void Bad_settings_fail_at_start_with_a_message(string? uri, string? extra, string message)
    {
        var settings = new Dictionary<string, string?> { ["Taxii:Storage:MongoDb:ConnectionString"] = uri };
        if (extra is not null)
        {
            var parts = extra.Split('=');
            settings["Taxii:Storage:MongoDb:" + parts[0]] = parts[1];
        }

        using var services = Build(settings);

        Assert.That(() => services.GetRequiredService<IStartupValidator>().Validate(),
            Throws.InstanceOf<OptionsValidationException>().With.Message.Contains(message));
    }
}
