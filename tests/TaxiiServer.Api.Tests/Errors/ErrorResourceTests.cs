using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Errors;

/// <summary>Errors produced by routing rather than by a handler still carry a TAXII error resource.</summary>
public class ErrorResourceTests : TaxiiApiFixture
{
    [TestCase("/")]
    [TestCase("/nothing")]
    [TestCase("/taxii2/api1/nothing/here/")] // under an API root, but no such endpoint
    [TestCase("/taxii2/api1/collections/6f3c1a52-4a8e-4c55-9d55-0c1e3b7f0a01/objects/indicator--0b7f5e39-3fc0-4a8e-b0d3-5b6b4c3e2a10/versions/extra/")]
    public async Task Path_that_no_endpoint_serves_is_a_404_error(string path)
    {
        var response = (await Admin.GetTaxiiAsync(path)).ShouldBeTaxiiError(404);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)response.Body["description"], Is.Not.Null.And.Not.Empty);
            Assert.That((string?)response.Body["error_id"], Is.Not.Null.And.Not.Empty);
        }
    }

    [TestCase("PUT", "/taxii2/api1/collections/6f3c1a52-4a8e-4c55-9d55-0c1e3b7f0a01/objects/")]
    [TestCase("PATCH", "/taxii2/api1/collections/6f3c1a52-4a8e-4c55-9d55-0c1e3b7f0a01/objects/indicator--0b7f5e39-3fc0-4a8e-b0d3-5b6b4c3e2a10/")]
    [TestCase("POST", "/taxii2/api1/collections/6f3c1a52-4a8e-4c55-9d55-0c1e3b7f0a01/manifest/")]
    [TestCase("DELETE", "/taxii2/api1/collections/6f3c1a52-4a8e-4c55-9d55-0c1e3b7f0a01/")]
    [TestCase("POST", "/taxii2/")]
    [TestCase("DELETE", "/taxii2/api1/status/2d1c3a9e-0f4b-4c1e-9d55-7a0b1c2d3e4f/")]
    public async Task Method_an_endpoint_does_not_allow_is_a_405_error(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = TaxiiHttpExtensions.TaxiiContent("""{"objects":[]}"""u8.ToArray());
        }

        (await Admin.SendTaxiiAsync(request)).ShouldBeTaxiiError(405);
    }

    [Test]
    public async Task Handler_errors_carry_the_catalogue_id_and_a_description()
    {
        var response = (await Admin.GetTaxiiAsync(TaxiiPaths.Objects(TestHub.Root, TestHub.Shared, "limit=0"))).ShouldBeTaxiiError(400);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)response.Body["error_id"], Does.StartWith("TAXII-400"));
            Assert.That((string?)response.Body["description"], Does.Contain("limit"));
        }
    }
}
