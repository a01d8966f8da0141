using System.Text.Json;
using System.Text.Json.Nodes;
using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Collections;

public class CollectionTests : TaxiiApiFixture
{
    private static JsonObject Find(TaxiiResponse response, string id) =>
        response.Body["collections"]!.AsArray().Select(c => c!.AsObject()).Single(c => (string?)c["id"] == id);

    [Test]
    public async Task Collections_of_an_admin_list_every_collection_of_the_root_with_its_fields()
    {
        var response = (await Admin.GetTaxiiAsync(TaxiiPaths.Collections(TestHub.Root))).ShouldBe(200);

        var ids = response.Body["collections"]!.AsArray().Select(c => (string?)c!["id"]);
        Assert.That(ids, Is.EquivalentTo(new[] { TestHub.Shared, TestHub.Legacy, TestHub.Secret }));
        var shared = Find(response, TestHub.Shared);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)shared["title"], Is.EqualTo("Shared"));
            Assert.That((string?)shared["description"], Is.EqualTo("Test collection Shared."));
            Assert.That((string?)shared["alias"], Is.EqualTo("shared"));
            Assert.That((bool?)shared["can_read"], Is.True);
            Assert.That((bool?)shared["can_write"], Is.True);
            Assert.That(shared["media_types"]!.AsArray().Select(m => (string?)m), Is.EqualTo(new[] { "application/stix+json;version=2.1" }));
        }
    }

    [Test]
    public async Task Collections_come_in_a_stable_order()
    {
        var first = (await Admin.GetTaxiiAsync(TaxiiPaths.Collections(TestHub.LabRoot))).ShouldBe(200);
        var second = (await Admin.GetTaxiiAsync(TaxiiPaths.Collections(TestHub.LabRoot))).ShouldBe(200);

        Assert.That(second.Text, Is.EqualTo(first.Text));
    }

    [Test]
    public async Task Collection_accepting_stix_2_0_advertises_both_media_types()
    {
        var response = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Collection(TestHub.Root, TestHub.Legacy))).ShouldBe(200);

        Assert.That(response.Body["media_types"]!.AsArray().Select(m => (string?)m),
            Is.EquivalentTo(new[] { "application/stix+json;version=2.1", "application/stix+json;version=2.0" }));
    }

    [TestCase("readwrite", true, true)]
    [TestCase("readonly", true, false)]
    [TestCase("writeonly", false, true)]
    [TestCase("admin", true, true)]
    public async Task Can_read_and_can_write_are_the_callers_rights_and_false_is_always_written(string account, bool canRead, bool canWrite)
    {
        var client = Client(TestAccount.All.Single(a => a.Name == account));

        var listed = Find((await client.GetTaxiiAsync(TaxiiPaths.Collections(TestHub.Root))).ShouldBe(200), TestHub.Shared);
        var single = (await client.GetTaxiiAsync(TaxiiPaths.Collection(TestHub.Root, TestHub.Shared))).ShouldBe(200).Body;

        foreach (var collection in new[] { listed, single })
        {
            using (Assert.EnterMultipleScope())
            {
                Assert.That(collection["can_read"]!.GetValueKind(), Is.EqualTo(canRead ? JsonValueKind.True : JsonValueKind.False));
                Assert.That(collection["can_write"]!.GetValueKind(), Is.EqualTo(canWrite ? JsonValueKind.True : JsonValueKind.False));
            }
        }
    }

    [Test]
    public async Task Collection_without_a_grant_is_not_listed_and_answers_404()
    {
        var listed = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Collections(TestHub.Root))).ShouldBe(200);

        Assert.That(listed.Body["collections"]!.AsArray().Select(c => (string?)c!["id"]), Does.Not.Contain(TestHub.Secret));
        (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Collection(TestHub.Root, TestHub.Secret))).ShouldBeTaxiiError(404);
    }

    [Test]
    public async Task Collection_is_only_found_under_its_own_api_root()
    {
        (await Admin.GetTaxiiAsync(TaxiiPaths.Collection(TestHub.SmallRoot, TestHub.Shared))).ShouldBeTaxiiError(404);
    }

    [Test]
    public async Task Unknown_collection_is_a_404_error()
    {
        (await Admin.GetTaxiiAsync(TaxiiPaths.Collection(TestHub.Root, Guid.NewGuid().ToString()))).ShouldBeTaxiiError(404);
    }

    [Test]
    public async Task Collections_and_collection_answer_without_the_trailing_slash_too()
    {
        var list = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Collections(TestHub.Root))).ShouldBe(200);
        var listWithout = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.WithoutTrailingSlash(TaxiiPaths.Collections(TestHub.Root)))).ShouldBe(200);
        var one = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Collection(TestHub.Root, TestHub.Shared))).ShouldBe(200);
        var oneWithout = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.WithoutTrailingSlash(TaxiiPaths.Collection(TestHub.Root, TestHub.Shared)))).ShouldBe(200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(listWithout.Text, Is.EqualTo(list.Text));
            Assert.That(oneWithout.Text, Is.EqualTo(one.Text));
        }
    }
}
