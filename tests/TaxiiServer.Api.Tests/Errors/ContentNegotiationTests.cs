using System.Text;
using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Errors;

/// <summary>Accept and POST Content-Type negotiation.</summary>
public class ContentNegotiationTests : TaxiiApiFixture
{
    private static readonly string[] GetPaths =
    [
        TaxiiPaths.Discovery,
        TaxiiPaths.ApiRoot(TestHub.Root),
        TaxiiPaths.Collections(TestHub.Root),
        TaxiiPaths.Objects(TestHub.Root, TestHub.Shared),
        TaxiiPaths.Manifest(TestHub.Root, TestHub.Shared),
    ];

    private async Task<TaxiiResponse> GetWithAcceptAsync(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await ReadWrite.SendTaxiiAsync(request);
    }

    [TestCase("application/taxii+json;version=2.1")]
    [TestCase("application/taxii+json")] // bare: the latest 2.x this server speaks
    [TestCase("application/taxii+json; version=2.1")] // space after ';'
    [TestCase("application/taxii+json ;version=2.1")] // space before ';'
    [TestCase("APPLICATION/TAXII+JSON;VERSION=2.1")] // case-insensitive
    [TestCase("application/taxii+json;version=\"2.1\"")] // quoted parameter value
    [TestCase("application/json, application/taxii+json;version=2.1")] // a list with one acceptable entry
    [TestCase("text/html,application/taxii+json;version=2.1;q=0.9")] // with a quality
    public async Task Accept_allowing_taxii_2_1_is_served(string accept)
    {
        foreach (var path in GetPaths)
        {
            (await GetWithAcceptAsync(path, accept)).ShouldBe(200);
        }
    }

    [TestCase("application/json")]
    [TestCase("application/taxii+json;version=2.0")] // a TAXII version this server does not speak
    [TestCase("application/taxii+json;version=2")]
    [TestCase("text/html")]
    [TestCase("application/stix+json;version=2.1")] // STIX is not a TAXII resource
    [TestCase("*/*")] // Hub: only TAXII media types are served
    [TestCase("application/taxii+json;version=2.1;q=0")] // explicitly refused
    public async Task Accept_not_allowing_taxii_2_1_is_a_406_error(string accept)
    {
        foreach (var path in GetPaths)
        {
            (await GetWithAcceptAsync(path, accept)).ShouldBeTaxiiError(406);
        }
    }

    [TestCase("application/taxii+json;version=2.1")]
    [TestCase("application/taxii+json; version=2.1")]
    [TestCase("Application/TAXII+JSON;Version=2.1")]
    [TestCase("application/taxii+json;version=2.1;charset=utf-8")]
    public async Task Post_with_a_taxii_2_1_content_type_is_accepted(string contentType)
    {
        var indicator = StixObjectBuilder.Indicator();
        using var request = new HttpRequestMessage(HttpMethod.Post, TaxiiPaths.Objects(TestHub.Root, TestHub.Shared))
        {
            Content = TaxiiHttpExtensions.RawContent(Encoding.UTF8.GetBytes(EnvelopeBuilder.Of(indicator).ToJson()), contentType),
        };

        (await ReadWrite.SendTaxiiAsync(request)).ShouldBe(202);
    }

    [TestCase("application/json")]
    [TestCase("application/taxii+json")] // a POST body must state version 2.1
    [TestCase("application/taxii+json;version=2.0")]
    [TestCase("application/stix+json;version=2.1")] // a bundle's media type, not an envelope's
    [TestCase("text/plain")]
    [TestCase(null)] // no Content-Type at all
    public async Task Post_with_another_content_type_is_a_415_error_and_stores_nothing(string? contentType)
    {
        var indicator = StixObjectBuilder.Indicator();
        using var request = new HttpRequestMessage(HttpMethod.Post, TaxiiPaths.Objects(TestHub.Root, TestHub.Shared))
        {
            Content = TaxiiHttpExtensions.RawContent(Encoding.UTF8.GetBytes(EnvelopeBuilder.Of(indicator).ToJson()), contentType),
        };

        (await ReadWrite.SendTaxiiAsync(request)).ShouldBeTaxiiError(415);

        Assert.That(await ManifestAsync(TestHub.Root, TestHub.Shared, indicator.Id), Is.Empty);
    }
}
