using System.Net.Http.Headers;
using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Errors;

/// <summary>Every endpoint, discovery included, needs valid credentials: else 401 with WWW-Authenticate and an error.</summary>
public class AuthenticationTests : TaxiiApiFixture
{
    private string _objectId = "";
    private string _statusId = "";

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        var indicator = StixObjectBuilder.Indicator();
        var status = await AddAsync(TestHub.Root, TestHub.Shared, indicator);
        _objectId = indicator.Id;
        _statusId = (string)status.Body["id"]!;
    }

    private static IEnumerable<TaxiiEndpoint> Endpoints => TaxiiEndpoint.All;

    private static IEnumerable<TestCaseData> BadCredentials()
    {
        yield return new TestCaseData(null).SetName("{m}(no Authorization header)");
        yield return new TestCaseData(TaxiiRequestDefaults.BasicHeader("readwrite", "wrong-password")).SetName("{m}(wrong password)");
        yield return new TestCaseData(TaxiiRequestDefaults.BasicHeader("nobody", "readwrite-secret")).SetName("{m}(unknown account)");
        yield return new TestCaseData(TaxiiRequestDefaults.BasicHeader("readwrite", "")).SetName("{m}(empty password)");
        yield return new TestCaseData(new AuthenticationHeaderValue("Basic", "%%%not-base64%%%")).SetName("{m}(malformed Basic)");
        yield return new TestCaseData(new AuthenticationHeaderValue("Basic", Convert.ToBase64String("no-colon"u8.ToArray()))).SetName("{m}(Basic without a colon)");
        yield return new TestCaseData(new AuthenticationHeaderValue("Digest", "username=\"readwrite\"")).SetName("{m}(unsupported scheme)");
    }

    [Test]
    public async Task Request_without_credentials_is_a_401_error_with_www_authenticate([ValueSource(nameof(Endpoints))] TaxiiEndpoint endpoint)
    {
        using var request = endpoint.Request(TestHub.Shared, _objectId, _statusId);

        var response = await Client(TestAccount.Anonymous).SendTaxiiAsync(request);

        response.ShouldBeTaxiiError(401);
        Assert.That(response.Message.Headers.WwwAuthenticate.Select(h => h.Scheme), Does.Contain("Basic"));
    }

    [TestCaseSource(nameof(BadCredentials))]
    public async Task Request_with_bad_credentials_is_a_401_error_with_www_authenticate(AuthenticationHeaderValue? authorization)
    {
        foreach (var endpoint in new[] { TaxiiEndpoint.Named("discovery"), TaxiiEndpoint.Named("get objects"), TaxiiEndpoint.Named("add objects") })
        {
            using var request = endpoint.Request(TestHub.Shared, _objectId, _statusId);
            request.Headers.Authorization = authorization;

            var response = await Client(TestAccount.Anonymous).SendTaxiiAsync(request);

            response.ShouldBeTaxiiError(401);
            Assert.That(response.Message.Headers.WwwAuthenticate, Is.Not.Empty, endpoint.Name);
        }
    }

    [Test]
    public async Task Failed_authentication_stores_nothing()
    {
        var indicator = StixObjectBuilder.Indicator();
        using var request = new HttpRequestMessage(HttpMethod.Post, TaxiiPaths.Objects(TestHub.Root, TestHub.Shared))
        {
            Content = TaxiiHttpExtensions.TaxiiContent(System.Text.Encoding.UTF8.GetBytes(EnvelopeBuilder.Of(indicator).ToJson())),
        };
        request.Headers.Authorization = TaxiiRequestDefaults.BasicHeader("readwrite", "wrong-password");

        (await Client(TestAccount.Anonymous).SendTaxiiAsync(request)).ShouldBeTaxiiError(401);

        Assert.That(await ManifestAsync(TestHub.Root, TestHub.Shared, indicator.Id), Is.Empty);
    }
}
