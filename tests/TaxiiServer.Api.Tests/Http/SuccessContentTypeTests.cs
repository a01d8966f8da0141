using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Http;

/// <summary>
/// Every TAXII success response carries <c>application/taxii+json;version=2.1</c>, bodies or not: taxii2-client
/// and other clients compare it with their Accept header and give up on anything else.
/// </summary>
public class SuccessContentTypeTests : TaxiiApiFixture
{
    private string _statusId = "";

    private static IEnumerable<TestCaseData> Endpoints() =>
        TaxiiEndpoint.All.Select(e => new TestCaseData(e.Name).SetName($"{{m}}({e.Name})"));

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        var status = await AddAsync(TestHub.Root, TestHub.Shared, StixObjectBuilder.Indicator());
        _statusId = (string)status.Body["id"]!;
    }

    [TestCaseSource(nameof(Endpoints))]
    public async Task Success_carries_the_taxii_media_type(string endpointName)
    {
        var stixObject = StixObjectBuilder.Indicator();
        (await Admin.AddObjectsAsync(TestHub.Root, TestHub.Shared, EnvelopeBuilder.Of(stixObject))).ShouldBe(202);
        using var request = TaxiiEndpoint.Named(endpointName).Request(TestHub.Shared, stixObject.Id, _statusId);

        using var response = await ReadWrite.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.InRange(200, 299), endpointName);
        Assert.That(response.Content.Headers.ContentType?.ToString().Replace(" ", ""),
            Is.EqualTo("application/taxii+json;version=2.1"), endpointName);
    }

}
