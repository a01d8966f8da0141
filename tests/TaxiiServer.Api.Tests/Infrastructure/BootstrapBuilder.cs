using System.Text.Json;
using TaxiiServer.Application.Bootstrap;

namespace TaxiiServer.Api.Tests.Infrastructure;

/// <summary>
/// Builds a bootstrap file (the format of samples/bootstrap.json) in code, so each test host declares exactly the
/// API roots, collections and accounts its tests rely on.
/// </summary>
public sealed class BootstrapBuilder
{
    private static readonly JsonSerializerOptions FileOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly List<BootstrapApiRoot> _roots = [];
    private readonly Dictionary<string, List<BootstrapGrant>> _grants = new(StringComparer.Ordinal);
    private readonly List<TestAccount> _accounts = [];
    private BootstrapDiscovery? _discovery;

    public BootstrapBuilder WithDiscovery(string title, string? description, string? contact, string? defaultRoot)
    {
        _discovery = new BootstrapDiscovery(title, description, contact, defaultRoot);
        return this;
    }

    public BootstrapBuilder WithApiRoot(string name, string title, long? maxContentLength, params BootstrapCollectionEntry[] collections)
    {
        _roots.Add(new BootstrapApiRoot(name, title, $"Test API root {name}.", maxContentLength, collections));
        return this;
    }

    /// <summary>A collection entry; <paramref name="acceptsStix20"/> adds the STIX 2.0 media type to 2.1.</summary>
    public static BootstrapCollectionEntry Collection(string id, string title, string? alias = null, bool acceptsStix20 = false) =>
        new(id, title, $"Test collection {title}.", alias,
            acceptsStix20
                ? ["application/stix+json;version=2.1", "application/stix+json;version=2.0"]
                : null);

    public BootstrapBuilder WithAccount(TestAccount account)
    {
        _accounts.Add(account);
        return this;
    }

    public BootstrapBuilder Grant(TestAccount account, string collectionId, bool read, bool write)
    {
        if (!_grants.TryGetValue(account.Name, out var list))
        {
            _grants[account.Name] = list = [];
        }

        list.Add(new BootstrapGrant(collectionId, read, write));
        return this;
    }

    public BootstrapDocument Build() =>
        new(_discovery, _roots,
            _accounts.Select(a => new BootstrapAccount(a.Name, a.Password, a.IsAdmin,
                _grants.TryGetValue(a.Name, out var grants) ? grants : null)).ToList());

    /// <summary>Writes the file the server reads through <c>Taxii:Bootstrap:File</c>.</summary>
    public void WriteTo(string path) => File.WriteAllText(path, JsonSerializer.Serialize(Build(), FileOptions));
}
