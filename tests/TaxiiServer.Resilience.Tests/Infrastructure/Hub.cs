using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using TaxiiServer.Testing;

namespace TaxiiServer.Resilience.Tests.Infrastructure;

/// <summary>The hub the suites run: one API root, two collections, accounts of every kind, in a temp data folder.</summary>
internal static class Hub
{
    public const string Root = "hub";
    public const string Collection = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
    public const string OtherCollection = "5f4e3d2c-1b0a-4f9e-8d7c-6b5a4f3e2d1c";
    public const string Password = "resilience-password";

    /// <summary>Accounts of the bootstrap: the writer may read and write <see cref="Collection"/>; admin is an admin.</summary>
    public static readonly string[] Accounts = ["writer", "reader", "outsider"];

    public static string CollectionUrl(string collection = Collection) => $"taxii2/{Root}/collections/{collection}/";

    /// <summary>The server dll of the configuration these tests were built in.</summary>
    public static string ServerDll()
    {
        var configuration = typeof(Hub).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = ServerProcess.BuiltServer(configuration);
        if (!File.Exists(dll))
        {
            Assert.Ignore($"The server is not built at {dll}: run the suites through 'dotnet test TaxiiServer.sln'.");
        }

        return dll;
    }

    public static string WriteBootstrap(string dataDir)
    {
        var path = Path.Combine(dataDir, "bootstrap.json");
        File.WriteAllText(path, $$"""
            {
              "discovery": { "title": "resilience", "default": "{{Root}}" },
              "apiRoots": [ { "name": "{{Root}}", "title": "resilience", "maxContentLength": 10485760,
                "collections": [ { "id": "{{Collection}}", "title": "main" }, { "id": "{{OtherCollection}}", "title": "other" } ] } ],
              "accounts": [
                { "name": "admin", "password": "{{Password}}", "isAdmin": true },
                { "name": "writer", "password": "{{Password}}", "grants": [ { "collection": "{{Collection}}", "read": true, "write": true } ] },
                { "name": "reader", "password": "{{Password}}", "grants": [ { "collection": "{{Collection}}", "read": true, "write": false } ] },
                { "name": "outsider", "password": "{{Password}}", "grants": [ { "collection": "{{OtherCollection}}", "read": true, "write": true } ] }
              ]
            }
            """);
        return path;
    }

    public static HttpClient Client(Uri baseAddress, string account, TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Accept.ParseAdd("application/taxii+json;version=2.1");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{account}:{Password}")));
        return client;
    }

    /// <summary>A positive integer from the environment (a flag for long runs), else <paramref name="fallback"/>.</summary>
    public static int Setting(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var value) && value > 0 ? value : fallback;
}
