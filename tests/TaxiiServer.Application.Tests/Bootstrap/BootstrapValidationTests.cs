using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TaxiiServer.Application.Access;
using TaxiiServer.Application.Bootstrap;
using TaxiiServer.Application.Options;
using TaxiiServer.Core.Storage;
using TaxiiServer.Core.Taxii;
using TaxiiServer.Storage.Sqlite;

namespace TaxiiServer.Application.Tests.Bootstrap;

/// <summary>Issue 5: an API root of the bootstrap file may declare its validation setting, applied only on creation.</summary>
public sealed class BootstrapValidationTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "taxii-bootstrap-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private BootstrapDocument Load(string apiRootJson)
    {
        var path = Path.Combine(_folder, "bootstrap.json");
        File.WriteAllText(path, $$"""{ "apiRoots": [ {{apiRootJson}} ] }""");
        return BootstrapLoader.Load(path);
    }

    [Test]
    public void A_root_declares_any_of_the_three_fields()
    {
        var document = Load("""{ "name": "hub", "validation": { "policy": "Schema", "acceptCustomProperties": false } }""");

        Assert.That(BootstrapLoader.ToApiRoot(document.ApiRoots!.Single()).Validation,
            Is.EqualTo(new ApiRootValidation(ApiRootValidationMode.Schema, null, false)));
    }

    [Test]
    public void A_root_without_validation_leaves_it_unset()
    {
        var document = Load("""{ "name": "hub" }""");

        Assert.That(BootstrapLoader.ToApiRoot(document.ApiRoots!.Single()).Validation, Is.EqualTo(ApiRootValidation.Unset));
    }

    [Test]
    public void The_sample_file_declares_the_hubs_setting()
    {
        var sample = BootstrapLoader.Load(TaxiiServer.Testing.SharedData.InRepository("samples/bootstrap.json"));

        Assert.That(BootstrapLoader.ToApiRoot(sample.ApiRoots!.Single(r => r.Name == "hub")).Validation,
            Is.EqualTo(new ApiRootValidation(ApiRootValidationMode.Strict, true, true)));
    }

    [TestCase("""{ "name": "hub", "validation": { "policy": "lenient" } }""", "validation.policy")] // not a mode
    [TestCase("""{ "name": "hub", "validation": { "mode": "off" } }""", "mode")] // a misspelt member is not ignored
    [TestCase("""{ "name": "hub", "validation": { "acceptCustomObjects": "no" } }""", "acceptCustomObjects")] // not a boolean
    public void A_bad_validation_stops_the_start_with_a_message(string apiRootJson, string named)
    {
        var error = Assert.Throws<BootstrapException>(() => Load(apiRootJson));

        Assert.That(error!.Message, Does.Contain(named));
    }

    [Test]
    public async Task The_setting_is_written_with_a_new_root_and_never_over_an_admins_later_change()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Taxii:Storage:Sqlite:Path"] = Path.Combine(_folder, "taxii.db"),
        }).Build();
        await using var services = new ServiceCollection().AddSingleton(TimeProvider.System)
            .AddTaxiiSqliteStore(configuration).BuildServiceProvider();
        await services.GetRequiredService<IStoreInitializer>().InitializeAsync(default);
        var catalog = services.GetRequiredService<ICatalogStore>();
        var applier = new BootstrapApplier(catalog, services.GetRequiredService<IAccountStore>(),
            new PasswordHasher(Microsoft.Extensions.Options.Options.Create(new SecurityOptions { Pbkdf2Iterations = 10_000 })),
            NullLogger<BootstrapApplier>.Instance);
        var document = Load("""{ "name": "hub", "validation": { "policy": "off" } }""");

        await applier.ApplyAsync(document, default);
        var created = (await catalog.FindApiRootAsync("hub", default))!;
        var changed = created with { Validation = new ApiRootValidation(ApiRootValidationMode.Strict, false, null) };
        await catalog.UpdateApiRootAsync(changed, default);
        await applier.ApplyAsync(document, default);

        Assert.That(created.Validation, Is.EqualTo(new ApiRootValidation(ApiRootValidationMode.Off, null, null)));
        Assert.That(await catalog.FindApiRootAsync("hub", default), Is.EqualTo(changed), "a restart re-applies the file");
    }
}
