using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Admin;

/// <summary>
/// The server in-process over its own temp SQLite folder and bootstrap file: one API root <c>hub</c> with two
/// collections, an admin, and one account per kind of grant on <see cref="Shared"/>. Accounts the tests create get
/// fresh names, so no test depends on another's leftovers.
/// </summary>
public sealed class AdminApiFactory : WebApplicationFactory<Program>
{
    public const string Root = "hub";
    public const string Shared = "6d1a4d6e-3f43-4bd5-9c57-0b6c2f1f1a01";
    public const string Hidden = "0e0c7c4a-2f0a-4b5e-8a0e-5f3d8c0b9d02";
    public const string Password = "a-long-test-password";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "taxii-admin-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        var bootstrap = Path.Combine(_folder, "bootstrap.json");
        File.WriteAllText(bootstrap, BootstrapJson());
        builder.UseSetting("Taxii:Storage:Provider", "Sqlite");
        builder.UseSetting("Taxii:Storage:Sqlite:Path", Path.Combine(_folder, "taxii.db"));
        builder.UseSetting("Taxii:Bootstrap:File", bootstrap);
        builder.UseSetting("Taxii:Security:Pbkdf2Iterations", "10000");
        builder.WithoutThrottling();
        builder.UseSetting("Taxii:Validation:SchemaPath", TaxiiServer.Testing.SharedData.InRepository("schemas"));
    }

    private static string BootstrapJson()
    {
        static object Grant(bool read, bool write) => new[] { new { collection = Shared, read, write } };
        var document = new
        {
            discovery = new { title = "Admin tests", @default = Root },
            apiRoots = new[]
            {
                new
                {
                    name = Root, title = "Hub", maxContentLength = 1_048_576,
                    collections = new[]
                    {
                        new { id = Shared, title = "Shared", alias = "shared" },
                        new { id = Hidden, title = "Secret-name-collection", alias = "hidden" },
                    },
                },
            },
            accounts = new object[]
            {
                new { name = "admin", password = Password, isAdmin = true },
                new { name = "reader", password = Password, grants = Grant(true, false) },
                new { name = "writer", password = Password, grants = Grant(false, true) },
                new { name = "readwrite", password = Password, grants = Grant(true, true) },
                new { name = "nogrant", password = Password },
            },
        };
        return JsonSerializer.Serialize(document);
    }

    /// <summary>A client sending Basic credentials on every request.</summary>
    public HttpClient Basic(string user, string password = Password)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));
        return client;
    }

    /// <summary>A client sending an API key, as <c>Bearer</c> or <c>Token</c>.</summary>
    public HttpClient Key(string key, string scheme = "Bearer")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, key);
        return client;
    }

    public HttpClient Admin() => Basic("admin");

    /// <summary>Creates a fresh account (optionally admin) with <see cref="Password"/> and returns its name.</summary>
    public async Task<string> NewAccountAsync(bool isAdmin = false, params (string Collection, bool Read, bool Write)[] grants)
    {
        var name = "acct-" + Guid.NewGuid().ToString("N")[..10];
        using var admin = Admin();
        (await admin.PostAsJsonAsync("/admin/v1/accounts", new { name, password = Password, isAdmin })).EnsureSuccessStatusCode();
        foreach (var (collection, read, write) in grants)
        {
            (await admin.PutAsJsonAsync($"/admin/v1/grants/{name}/{collection}", new { read, write })).EnsureSuccessStatusCode();
        }

        return name;
    }

    /// <summary>Creates an API key for <paramref name="account"/> and returns (id, full key).</summary>
    public async Task<(string Id, string Key)> NewKeyAsync(string account)
    {
        using var admin = Admin();
        var response = await admin.PostAsJsonAsync($"/admin/v1/accounts/{account}/keys", new { });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("key").GetProperty("id").GetString()!, json.RootElement.GetProperty("secret").GetString()!);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A pooled SQLite handle may outlive the host briefly; the OS temp cleaner takes the rest.
            }
        }
    }
}
