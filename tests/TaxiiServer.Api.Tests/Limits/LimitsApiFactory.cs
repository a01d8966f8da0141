using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace TaxiiServer.Api.Tests.Limits;

/// <summary>
/// The server in process over a temp SQLite folder, with small limits chosen by each fixture. A test tells the
/// server which client address it is with the <see cref="ClientHeader"/> header (in-process requests have none).
/// </summary>
internal sealed class LimitsApiFactory : WebApplicationFactory<Program>
{
    public const string CollectionId = "6a0c5d3e-7f21-4a8b-9c4d-2e1f0a9b8c7d";
    public const string ClientHeader = "X-Test-Client-Address";
    public const string Password = "correct horse";

    /// <summary>Accounts of the bootstrap file, each with read/write on the collection.</summary>
    public static readonly string[] Accounts = ["alice", "bob", "victim", "bulk", "slow"];

    /// <summary>An admin account of the bootstrap file (no grants).</summary>
    public const string AdminAccount = "operator";

    private readonly string _dataDir = Directory.CreateTempSubdirectory("taxii-limits-").FullName;
    private readonly Dictionary<string, string?> _settings;

    public LimitsApiFactory(IDictionary<string, string?> settings)
    {
        _settings = new Dictionary<string, string?>(settings)
        {
            ["Taxii:Storage:Provider"] = "Sqlite",
            ["Taxii:Storage:Sqlite:Path"] = Path.Combine(_dataDir, "taxii.db"),
            ["Taxii:Bootstrap:File"] = WriteBootstrap(_dataDir),
            ["Taxii:Security:Pbkdf2Iterations"] = "10000",
            ["Taxii:Logging:Json"] = "false",
        };
    }

    public static string ObjectsUrl => $"/taxii2/limits/collections/{CollectionId}/objects/";

    /// <summary>A client that sends an API key from an address.</summary>
    public HttpClient KeyClient(string key, string address)
    {
        var client = Server.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/taxii+json;version=2.1");
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>Creates an API key of <paramref name="account"/> through the admin API (as the bootstrap admin).</summary>
    public async Task<string> CreateApiKeyAsync(string account)
    {
        using var admin = Client(AdminAccount, address: "203.0.113.254");
        using var response = await admin.PostAsync($"/admin/v1/accounts/{account}/keys",
            new StringContent("{}", Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("secret").GetString()!;
    }

    /// <summary>A client that sends Basic credentials (none when <paramref name="user"/> is null) from an address.</summary>
    public HttpClient Client(string? user, string address = "192.0.2.1", string password = Password)
    {
        // The test server's own client: the factory's default one buffers request bodies (to follow redirects),
        // which would hide a slow upload from the server.
        var client = Server.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/taxii+json;version=2.1");
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestClientAddressFilter>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(_dataDir, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file a moment; a leftover temp folder is harmless.
            }
        }
    }

    private static string WriteBootstrap(string dataDir)
    {
        var accounts = string.Join(",", Accounts.Select(name => $$"""
            { "name": "{{name}}", "password": "{{Password}}",
              "grants": [ { "collection": "{{CollectionId}}", "read": true, "write": true } ] }
            """));
        var path = Path.Combine(dataDir, "bootstrap.json");
        File.WriteAllText(path, $$"""
            {
              "discovery": { "title": "limits tests", "default": "limits" },
              "apiRoots": [ { "name": "limits", "title": "limits", "maxContentLength": 1048576,
                "collections": [ { "id": "{{CollectionId}}", "title": "limits" } ] } ],
              "accounts": [ {{accounts}}, { "name": "{{AdminAccount}}", "password": "{{Password}}", "isAdmin": true } ]
            }
            """);
        return path;
    }

    /// <summary>Sets the connection's remote address from the test header, before anything else runs.</summary>
    private sealed class TestClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientHeader].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
