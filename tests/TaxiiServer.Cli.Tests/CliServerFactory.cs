using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TaxiiServer.Cli.Tests;

/// <summary>
/// The server in-process over a temp SQLite folder: API root <c>hub</c> (max_content_length 256 KiB, so big
/// bundles split) with one collection, and an admin. The CLI reaches it through the factory's HttpClient.
/// </summary>
public sealed class CliServerFactory : WebApplicationFactory<global::Program>
{
    public const string Collection = "7b0c1f3e-5a8d-4c2e-9f61-3d2a1b0c9e11";
    public const string AdminPassword = "cli-admin-password";
    public const long MaxContentLength = 256 * 1024;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "taxii-cli-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        var bootstrap = Path.Combine(_folder, "bootstrap.json");
        File.WriteAllText(bootstrap, JsonSerializer.Serialize(new
        {
            discovery = new { title = "CLI tests", @default = "hub" },
            apiRoots = new[]
            {
                new
                {
                    name = "hub", title = "Hub", maxContentLength = MaxContentLength,
                    collections = new[] { new { id = Collection, title = "Imports" } },
                },
            },
            accounts = new[] { new { name = "admin", password = AdminPassword, isAdmin = true } },
        }));
        builder.UseSetting("Taxii:Storage:Sqlite:Path", Path.Combine(_folder, "taxii.db"));
        builder.UseSetting("Taxii:Bootstrap:File", bootstrap);
        builder.UseSetting("Taxii:Security:Pbkdf2Iterations", "10000");
        // An import is a burst of POSTs from one account with no client address: lift the per-node quotas.
        builder.UseSetting("Taxii:Limits:Account:PermitsPerSecond", "100000");
        builder.UseSetting("Taxii:Limits:Account:Burst", "100000");
        builder.UseSetting("Taxii:Limits:Anonymous:PermitsPerSecond", "100000");
        builder.UseSetting("Taxii:Limits:Anonymous:Burst", "100000");
        builder.UseSetting("Taxii:Validation:SchemaPath", TaxiiServer.Testing.SharedData.InRepository("schemas"));
    }

    /// <summary>Runs the CLI against this server with admin credentials from the environment; returns (exit, out, err).</summary>
    public async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var environment = new Dictionary<string, string?>
        {
            ["TAXII_URL"] = "http://localhost",
            ["TAXII_USER"] = "admin",
            ["TAXII_PASSWORD"] = AdminPassword,
        };
        return await RunWithAsync(environment, args);
    }

    public async Task<(int Exit, string Out, string Err)> RunWithAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var client = CreateClient();
        var exit = await new CliApp(output, error, name => environment.TryGetValue(name, out var v) ? v : null, client).RunAsync(args);
        return (exit, output.ToString(), error.ToString());
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
