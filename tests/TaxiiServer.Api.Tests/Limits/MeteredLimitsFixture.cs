namespace TaxiiServer.Api.Tests.Limits;

/// <summary>
/// One <see cref="LimitsApiFactory"/> per fixture with the fixture's settings, started by one anonymous request (so
/// start-up work is not counted) and a <see cref="MeterProbe"/> listening from then on.
/// </summary>
public abstract class MeteredLimitsFixture
{
    private LimitsApiFactory? _factory;
    private MeterProbe? _probe;

    internal LimitsApiFactory Factory => _factory ?? throw new InvalidOperationException("The server is not started.");

    internal MeterProbe Probe => _probe ?? throw new InvalidOperationException("The server is not started.");

    /// <summary>The limits the fixture's server starts with.</summary>
    protected abstract IDictionary<string, string?> Settings { get; }

    [OneTimeSetUp]
    public async Task Start()
    {
        _factory = new LimitsApiFactory(Settings);
        using var warmUp = _factory.Client(user: null, address: "203.0.113.250");
        using var _ = await warmUp.GetAsync("/taxii2/");
        _probe = new MeterProbe(_factory.Services);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _probe?.Dispose();
        _factory?.Dispose();
    }
}
