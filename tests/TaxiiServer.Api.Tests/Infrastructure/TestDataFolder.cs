using Microsoft.Data.Sqlite;

namespace TaxiiServer.Api.Tests.Infrastructure;

/// <summary>
/// A temporary folder holding one test hub's SQLite database and bootstrap file. It outlives the hosts started on
/// it, so a test can stop a host and start another on the same data.
/// </summary>
public sealed class TestDataFolder : IDisposable
{
    public TestDataFolder(BootstrapBuilder bootstrap)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "taxii-api-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        bootstrap.WriteTo(BootstrapFile);
    }

    public string Path { get; }

    public string DatabaseFile => System.IO.Path.Combine(Path, "taxii.db");

    public string BootstrapFile => System.IO.Path.Combine(Path, "bootstrap.json");

    public void Dispose()
    {
        // Pooled connections keep the database file open; release them before deleting it.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the teardown over it would hide real results.
        }
    }
}
