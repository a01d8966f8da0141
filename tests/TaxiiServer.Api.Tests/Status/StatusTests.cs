using System.Text.Json.Nodes;
using TaxiiServer.Api.Tests.Infrastructure;
using static TaxiiServer.Api.Tests.Infrastructure.StatusAssertions;

namespace TaxiiServer.Api.Tests.Status;

public class StatusTests : TaxiiApiFixture
{
    /// <summary>POSTs one valid and one invalid object as <paramref name="account"/> and returns the status it got.</summary>
    private async Task<JsonObject> PostAsAsync(TestAccount account)
    {
        var envelope = EnvelopeBuilder.Of(StixObjectBuilder.Indicator()).WithRaw(StixObjectBuilder.Indicator().Without("type").Build());
        return (await Client(account).AddObjectsAsync(TestHub.Root, TestHub.Shared, envelope)).Body;
    }

    [Test]
    public async Task Status_of_a_post_is_served_again_by_id_with_the_same_content()
    {
        var posted = await PostAsAsync(TestAccount.ReadWrite);

        var served = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Status(TestHub.Root, (string)posted["id"]!))).ShouldBe(200);

        AssertWellFormed(served.Body);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(served.ContentType, Is.EqualTo("application/taxii+json;version=2.1"));
            Assert.That(JsonNode.DeepEquals(served.Body, posted), Is.True, $"{served.Text} vs {posted.ToJsonString()}");
            Assert.That((int)served.Body["success_count"]!, Is.EqualTo(1));
            Assert.That((int)served.Body["failure_count"]!, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Status_is_readable_by_an_admin()
    {
        var posted = await PostAsAsync(TestAccount.ReadWrite);

        (await Admin.GetTaxiiAsync(TaxiiPaths.Status(TestHub.Root, (string)posted["id"]!))).ShouldBe(200);
    }

    [TestCase("readonly")] // reads the collection, but did not POST
    [TestCase("writeonly")] // writes the same collection, but did not POST this
    public async Task Status_of_another_account_is_a_404_error(string account)
    {
        var posted = await PostAsAsync(TestAccount.ReadWrite);

        (await Client(TestAccount.All.Single(a => a.Name == account)).GetTaxiiAsync(TaxiiPaths.Status(TestHub.Root, (string)posted["id"]!)))
            .ShouldBeTaxiiError(404);
    }

    [Test]
    public async Task Status_is_only_found_under_the_api_root_it_was_posted_to()
    {
        var posted = await PostAsAsync(TestAccount.ReadWrite);

        (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Status(TestHub.SmallRoot, (string)posted["id"]!))).ShouldBeTaxiiError(404);
    }

    [TestCase("2d1c3a9e-0f4b-4c1e-9d55-7a0b1c2d3e4f")] // a well-formed id nobody was given
    [TestCase("not-a-uuid")]
    public async Task Unknown_status_is_a_404_error(string id)
    {
        (await Admin.GetTaxiiAsync(TaxiiPaths.Status(TestHub.Root, id))).ShouldBeTaxiiError(404);
    }

    [Test]
    public async Task Status_answers_without_the_trailing_slash_too()
    {
        var posted = await PostAsAsync(TestAccount.ReadWrite);

        (await ReadWrite.GetTaxiiAsync(TaxiiPaths.WithoutTrailingSlash(TaxiiPaths.Status(TestHub.Root, (string)posted["id"]!)))).ShouldBe(200);
    }
}
