using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Hosting;

/// <summary>
/// The server reads its settings once; no file watcher runs over the content root, where the default data folder
/// (and so every SQLite write) lives.
/// </summary>
public sealed class ConfigurationReloadTests : TaxiiApiFixture
{
    [Test]
    public void Json_settings_files_are_not_watched_for_changes()
    {
        var configuration = (IConfigurationRoot)Factory.Services.GetRequiredService<IConfiguration>();

        var jsonSources = configuration.Providers.OfType<JsonConfigurationProvider>().Select(p => p.Source).ToList();

        Assert.That(jsonSources, Is.Not.Empty, "appsettings.json is loaded");
        Assert.That(jsonSources.Select(s => s.ReloadOnChange), Is.All.False);
    }
}
