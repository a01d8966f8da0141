using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.Sqlite;
using TaxiiServer.Storage.Tests.Contract;

namespace TaxiiServer.Storage.Tests.Sqlite;

/// <summary>
/// A SQLite store in its own temp folder, wired through <see cref="SqliteStorageExtensions.AddTaxiiSqliteStore"/>
/// exactly as the host wires it, with the test's clock. Disposing it closes the pool and deletes the folder.
/// </summary>
internal sealed class SqliteTestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private SqliteTestDatabase(string folder, ServiceProvider services)
    {
        Folder = folder;
        _services = services;
    }

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, "nested", "taxii.db");

    public IServiceProvider Services => _services;

    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "taxii-sqlite-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Opens (creating when new) the database in <paramref name="folder"/> and initialises it.</summary>
    public static async Task<SqliteTestDatabase> OpenAsync(
        TimeProvider clock, string? folder = null, int busyTimeoutMilliseconds = 2000)
    {
        folder ??= NewFolder();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                // A folder that does not exist yet: the store must create it.
                ["Taxii:Storage:Sqlite:Path"] = Path.Combine(folder, "nested", "taxii.db"),
                ["Taxii:Storage:Sqlite:BusyTimeoutMilliseconds"] = busyTimeoutMilliseconds.ToString(
                    System.Globalization.CultureInfo.InvariantCulture),
            })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton(clock)
            .AddTaxiiSqliteStore(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        try
        {
            await services.GetRequiredService<IStoreInitializer>().InitializeAsync(CancellationToken.None);
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }

        return new SqliteTestDatabase(folder, services);
    }

    public StoreSet ToStoreSet() => new(
        _services.GetRequiredService<IObjectStore>(),
        _services.GetRequiredService<IStatusStore>(),
        _services.GetRequiredService<ICatalogStore>(),
        _services.GetRequiredService<IAccountStore>(),
        _services.GetRequiredService<IApiKeyStore>(),
        _services.GetRequiredService<IAuditStore>(),
        DisposeAsync);

    /// <summary>Closes the pool but keeps the file, to reopen it in another instance.</summary>
    public ValueTask CloseAsync() => _services.DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
