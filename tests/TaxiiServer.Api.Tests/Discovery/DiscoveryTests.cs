using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Discovery;

public class DiscoveryTests : TaxiiApiFixture
{
    [Test]
    public async Task Discovery_has_its_fields_and_absolute_api_root_urls_for_an_admin()
    {
        var response = (await Admin.GetTaxiiAsync(TaxiiPaths.Discovery)).ShouldBe(200);

        var body = response.Body;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.ContentType, Is.EqualTo("application/taxii+json;version=2.1"));
            Assert.That((string?)body["title"], Is.EqualTo("Test hub"));
            Assert.That((string?)body["description"], Is.EqualTo("In-process test server."));
            Assert.That((string?)body["contact"], Is.EqualTo("tests@example.org"));
            Assert.That((string?)body["default"], Is.EqualTo("http://localhost/taxii2/api1/"));
            Assert.That(body["api_roots"]!.AsArray().Select(r => (string?)r), Is.EquivalentTo(new[]
            {
                "http://localhost/taxii2/api1/", "http://localhost/taxii2/small/", "http://localhost/taxii2/vault/",
                "http://localhost/taxii2/bare/", "http://localhost/taxii2/lab/",
            }));
        }
    }

    [Test]
    public async Task Discovery_lists_only_the_api_roots_where_the_caller_has_a_collection()
    {
        var response = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Discovery)).ShouldBe(200);

        Assert.That(response.Body["api_roots"]!.AsArray().Select(r => (string?)r), Is.EquivalentTo(new[]
        {
            "http://localhost/taxii2/api1/", "http://localhost/taxii2/small/", "http://localhost/taxii2/lab/",
        }));
    }

    [Test]
    public async Task Discovery_for_a_caller_without_grants_omits_api_roots_and_default_rather_than_sending_empty_values()
    {
        var response = (await Client(TestAccount.NoGrant).GetTaxiiAsync(TaxiiPaths.Discovery)).ShouldBe(200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)response.Body["title"], Is.EqualTo("Test hub"));
            Assert.That(response.Body.ContainsKey("api_roots"), Is.False, "an empty list is omitted, never []");
            Assert.That(response.Body.ContainsKey("default"), Is.False, "the default root is not usable by this caller");
        }
    }

    [Test]
    public async Task Discovery_answers_without_the_trailing_slash_too()
    {
        var withSlash = (await Admin.GetTaxiiAsync(TaxiiPaths.Discovery)).ShouldBe(200);
        var without = (await Admin.GetTaxiiAsync("/taxii2")).ShouldBe(200);

        Assert.That(without.Text, Is.EqualTo(withSlash.Text));
    }

    [Test]
    public async Task Discovery_needs_credentials()
    {
        var response = await Client(TestAccount.Anonymous).GetTaxiiAsync(TaxiiPaths.Discovery);

        response.ShouldBeTaxiiError(401);
        Assert.That(response.Message.Headers.WwwAuthenticate.ToString(), Does.StartWith("Basic"));
    }
}
