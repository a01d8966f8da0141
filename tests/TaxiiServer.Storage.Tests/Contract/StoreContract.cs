namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>
/// Base of every contract fixture: each test gets a fresh, initialised store set from the backend under test.
/// Backends only implement <see cref="CreateStoresAsync"/>; they never opt out of a test.
/// </summary>
public abstract class StoreContract
{
    private StoreSet? _stores;

    protected StoreSet Stores => _stores ?? throw new InvalidOperationException("SetUp has not run.");

    /// <summary>Creates stores over an empty database, already initialised (schema and indexes).</summary>
    protected abstract Task<StoreSet> CreateStoresAsync();

    [SetUp]
    public async Task CreateStores() => _stores = await CreateStoresAsync();

    [TearDown]
    public async Task DisposeStores()
    {
        if (_stores is not null)
        {
            await _stores.DisposeAsync();
            _stores = null;
        }
    }
}
