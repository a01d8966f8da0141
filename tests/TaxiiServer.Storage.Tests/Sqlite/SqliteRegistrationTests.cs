using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.Sqlite;

namespace TaxiiServer.Storage.Tests.Sqlite;

[TestFixture]
public sealed class SqliteRegistrationTests
{
    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    [Test]
    public void Without_configuration_the_path_defaults_to_data_taxii_db()
    {
        using var services = new ServiceCollection().AddTaxiiSqliteStore(Configuration([])).BuildServiceProvider();

        Assert.That(services.GetRequiredService<IOptions<SqliteStorageOptions>>().Value.Path, Is.EqualTo("data/taxii.db"));
        Assert.That(services.GetRequiredService<TimeProvider>(), Is.SameAs(TimeProvider.System));
    }

    [Test]
    public void Registering_twice_keeps_one_of_each_store_and_a_clock_registered_earlier()
    {
        var clock = new Contract.TestClock(DateTimeOffset.UnixEpoch);
        var configuration = Configuration(new() { ["Taxii:Storage:Sqlite:Path"] = "elsewhere/x.db" });
        var collection = new ServiceCollection().AddSingleton<TimeProvider>(clock)
            .AddTaxiiSqliteStore(configuration).AddTaxiiSqliteStore(configuration);

        Assert.That(collection.Count(d => d.ServiceType == typeof(IObjectStore)), Is.EqualTo(1));
        Assert.That(collection.Count(d => d.ServiceType == typeof(IStoreInitializer)), Is.EqualTo(1));
        var others = collection.Where(d => d.ServiceType == typeof(IStatusStore) || d.ServiceType == typeof(ICatalogStore)
            || d.ServiceType == typeof(IAccountStore)).Select(d => d.Lifetime).ToList();
        Assert.That(others, Has.Count.EqualTo(3).And.All.EqualTo(ServiceLifetime.Singleton));
        using var services = collection.BuildServiceProvider();
        Assert.That(services.GetRequiredService<TimeProvider>(), Is.SameAs(clock));
        Assert.That(services.GetRequiredService<IOptions<SqliteStorageOptions>>().Value.Path, Is.EqualTo("elsewhere/x.db"));
    }

    [Test]
    public void An_empty_path_fails_options_validation()
    {
        using var services = new ServiceCollection()
            .AddTaxiiSqliteStore(Configuration(new() { ["Taxii:Storage:Sqlite:Path"] = "" }))
            .BuildServiceProvider();

        Assert.That(() => services.GetRequiredService<IOptions<SqliteStorageOptions>>().Value,
            Throws.InstanceOf<OptionsValidationException>());
    }
}
