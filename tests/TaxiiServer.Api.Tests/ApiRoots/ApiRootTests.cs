using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.ApiRoots;

public class ApiRootTests : TaxiiApiFixture
{
    [Test]
    public async Task Api_root_has_title_description_versions_and_max_content_length()
    {
        var response = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.ApiRoot(TestHub.Root))).ShouldBe(200);

        var body = response.Body;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.ContentType, Is.EqualTo("application/taxii+json;version=2.1"));
            Assert.That((string?)body["title"], Is.EqualTo("Main root"));
            Assert.That((string?)body["description"], Is.EqualTo("Test API root api1."));
            Assert.That(body["versions"]!.AsArray().Select(v => (string?)v), Does.Contain("application/taxii+json;version=2.1"));
            Assert.That(body["max_content_length"]!.GetValueKind(), Is.EqualTo(System.Text.Json.JsonValueKind.Number));
            Assert.That((long)body["max_content_length"]!, Is.EqualTo(10L * 1024 * 1024), "the default of an API root without maxContentLength");
        }
    }

    [Test]
    public async Task Api_root_reports_its_configured_max_content_length()
    {
        var response = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.ApiRoot(TestHub.SmallRoot))).ShouldBe(200);

        Assert.That((long)response.Body["max_content_length"]!, Is.EqualTo(TestHub.SmallMaxContentLength));
    }

    [Test]
    public async Task Api_root_answers_without_the_trailing_slash_too()
    {
        var withSlash = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.ApiRoot(TestHub.Root))).ShouldBe(200);
        var without = (await ReadWrite.GetTaxiiAsync("/taxii2/api1")).ShouldBe(200);

        Assert.That(without.Text, Is.EqualTo(withSlash.Text));
    }

    [Test]
    public async Task Unknown_api_root_is_a_404_error()
    {
        (await Admin.GetTaxiiAsync(TaxiiPaths.ApiRoot("no-such-root"))).ShouldBeTaxiiError(404);
    }

    [Test]
    public async Task Api_root_where_the_caller_has_no_collection_is_a_404_error_but_exists_for_an_admin()
    {
        (await ReadWrite.GetTaxiiAsync(TaxiiPaths.ApiRoot(TestHub.VaultRoot))).ShouldBeTaxiiError(404);
        (await Admin.GetTaxiiAsync(TaxiiPaths.ApiRoot(TestHub.VaultRoot))).ShouldBe(200);
    }

    [Test]
    public async Task Api_root_without_collections_exists_for_an_admin_and_lists_no_collections_as_an_empty_object()
    {
        (await Admin.GetTaxiiAsync(TaxiiPaths.ApiRoot(TestHub.BareRoot))).ShouldBe(200);
        var collections = (await Admin.GetTaxiiAsync(TaxiiPaths.Collections(TestHub.BareRoot))).ShouldBe(200);

        Assert.That(collections.Text, Is.EqualTo("{}"), "no collections is {}, never {\"collections\": []}");
    }
}
