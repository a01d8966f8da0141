namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>
/// Base of every contract fixture: each test gets a fresh, initialised store set from the backend under test, whose
/// object store reads time from <see cref="Clock"/>. Backends only implement <see cref="CreateStoresAsync"/>; they
/// never opt out of a test.
/// </summary>
public abstract class StoreContract
{
    /// <summary>Where <see cref="Clock"/> starts for every test: a fixed instant keeps failures reproducible.</summary>
    protected static readonly DateTimeOffset ClockStart = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private StoreSet? _stores;
    private TestClock? _clock;

    protected StoreSet Stores => _stores ?? throw new InvalidOperationException("SetUp has not run.");

    /// <summary>The time source the backend must use for date_added; frozen at <see cref="ClockStart"/> until moved.</summary>
    protected TestClock Clock => _clock ?? throw new InvalidOperationException("SetUp has not run.");

    /// <summary>
    /// Creates stores over an empty database, already initialised (schema and indexes), whose object store takes
    /// "now" from <paramref name="clock"/>.
    /// </summary>
    protected abstract Task<StoreSet> CreateStoresAsync(TimeProvider clock);

    [SetUp]
    public async Task CreateStores()
    {
        _clock = new TestClock(ClockStart);
        _stores = await CreateStoresAsync(_clock);
    }

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
