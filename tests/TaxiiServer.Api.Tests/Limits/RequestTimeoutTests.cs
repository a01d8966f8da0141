using System.Net;

namespace TaxiiServer.Api.Tests.Limits;

public sealed class RequestTimeoutTests
{
    private LimitsApiFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new LimitsApiFactory(new Dictionary<string, string?>
    {
        ["Taxii:Limits:RequestTimeout"] = "00:00:00.500",
    });

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task A_request_running_past_the_timeout_is_answered_503_with_a_TAXII_error()
    {
        using var pusher = _factory.Client("alice");
        using var body = new StalledContent();
        var response = pusher.PostAsync(LimitsApiFactory.ObjectsUrl, body);
        try
        {
            using var answered = await response.WaitAsync(TimeSpan.FromSeconds(30));
            await TaxiiErrorAssert.IsLimitAsync(answered, HttpStatusCode.ServiceUnavailable, "TAXII-503-02");
        }
        finally
        {
            body.Release();
        }
    }
}
