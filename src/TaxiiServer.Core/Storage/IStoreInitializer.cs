namespace TaxiiServer.Core.Storage;

/// <summary>Creates or migrates a backend's schema and indexes; idempotent, run once at start-up.</summary>
public interface IStoreInitializer
{
    Task InitializeAsync(CancellationToken ct);
}
