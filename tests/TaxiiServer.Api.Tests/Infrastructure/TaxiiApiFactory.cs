using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TaxiiServer.Api.Tests.Infrastructure;

/// <summary>
/// The TAXII server in process, on its own SQLite file and bootstrap file in a <see cref="TestDataFolder"/>, in the
/// "Testing" environment, with cheap password hashing. One per fixture: start it in [OneTimeSetUp] and dispose it
/// in [OneTimeTearDown].
/// </summary>
public sealed class TaxiiApiFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly bool _ownsFolder;
    private readonly ConcurrentDictionary<TestAccount, HttpClient> _clients = new();
    private int _nextLab = -1;

    /// <summary>A host on <paramref name="folder"/>; the caller keeps ownership of the folder.</summary>
    public TaxiiApiFactory(TestDataFolder folder, IReadOnlyDictionary<string, string?>? settings = null)
        : this(folder, settings, ownsFolder: false)
    {
    }

    private TaxiiApiFactory(TestDataFolder folder, IReadOnlyDictionary<string, string?>? settings, bool ownsFolder)
    {
        Folder = folder;
        _settings = settings ?? new Dictionary<string, string?>();
        _ownsFolder = ownsFolder;
    }

    public TestDataFolder Folder { get; }

    /// <summary>A host on a fresh folder with the standard <see cref="TestHub"/>; disposing it deletes the folder.</summary>
    public static TaxiiApiFactory StartNew(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var factory = new TaxiiApiFactory(new TestDataFolder(TestHub.Bootstrap()), settings, ownsFolder: true);
        // Build the host now, so a server that cannot start fails the fixture's setup with its reason.
        _ = factory.Services;
        return factory;
    }

    /// <summary>
    /// A client acting as <paramref name="account"/>: Basic credentials, the TAXII Accept header unless a request sets
    /// its own, and the <see cref="ResponseGuard"/> on every response. One client per account, reused.
    /// </summary>
    public HttpClient Client(TestAccount account) => _clients.GetOrAdd(account, NewClient);

    /// <summary>A new client (not shared), e.g. one per concurrent writer.</summary>
    public HttpClient NewClient(TestAccount account) =>
        CreateDefaultClient(new ResponseGuard(), new TaxiiRequestDefaults(account));

    /// <summary>
    /// An empty collection of <see cref="TestHub.LabRoot"/> that no other test of this host uses, for tests that
    /// count what a collection holds.
    /// </summary>
    public string TakeLabCollection()
    {
        var index = Interlocked.Increment(ref _nextLab);
        if (index >= TestHub.Lab.Count)
        {
            Assert.Fail($"All {TestHub.Lab.Count} lab collections of this host are taken; add more to TestHub.Lab.");
        }

        return TestHub.Lab[index];
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Taxii:Storage:Provider", "Sqlite");
        builder.UseSetting("Taxii:Storage:Sqlite:Path", Folder.DatabaseFile);
        builder.UseSetting("Taxii:Bootstrap:File", Folder.BootstrapFile);
        // The lowest count the options allow: hashing at the production count would dominate the suite's run time.
        builder.UseSetting("Taxii:Security:Pbkdf2Iterations", "10000");
        builder.WithoutThrottling();
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var client in _clients.Values)
            {
                client.Dispose();
            }
        }

        base.Dispose(disposing);
        if (disposing && _ownsFolder)
        {
            Folder.Dispose();
        }
    }
}
