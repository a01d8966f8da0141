using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Versions;

public class VersionsTests : TaxiiApiFixture
{
    private static string V(int seconds) => StixObjectBuilder.Format(StixObjectBuilder.BaseTime.AddSeconds(seconds));

    private static List<string?> VersionList(TaxiiResponse page) =>
        page.Body["versions"]?.AsArray().Select(v => (string?)v).ToList() ?? [];

    private async Task<string> VersionsAsync(params int[] seconds)
    {
        var id = StixObjectBuilder.NewId("malware");
        foreach (var s in seconds)
        {
            await AddAsync(TestHub.Root, TestHub.Shared, StixObjectBuilder.Malware(id).Version(s));
        }

        return id;
    }

    private Task<TaxiiResponse> GetAsync(string id, params (string, string)[] query) =>
        ReadWrite.GetTaxiiAsync(TaxiiPaths.Versions(TestHub.Root, TestHub.Shared, id, query.Length == 0 ? null : TaxiiQuery.Of(query)));

    [Test]
    public async Task Versions_lists_every_version_in_date_added_order_with_more_false()
    {
        var id = await VersionsAsync(1, 2, 3);

        var page = (await GetAsync(id)).ShouldBe(200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.ContentType, Is.EqualTo("application/taxii+json;version=2.1"));
            Assert.That(page.Body.Select(p => p.Key), Is.EquivalentTo(new[] { "more", "versions" }));
            Assert.That(VersionList(page), Is.EqualTo(new[] { V(1), V(2), V(3) }));
            Assert.That(page.More, Is.False);
        }
    }

    [Test]
    public async Task Versions_posted_out_of_order_are_listed_in_date_added_order()
    {
        var id = await VersionsAsync(3, 1, 2);

        var page = (await GetAsync(id)).ShouldBe(200);

        Assert.That(VersionList(page), Is.EqualTo(new[] { V(3), V(1), V(2) }));
    }

    [Test]
    public async Task Versions_page_with_limit_and_next()
    {
        var id = await VersionsAsync(1, 2, 3);

        var first = (await GetAsync(id, ("limit", "2"))).ShouldBe(200);
        var second = (await GetAsync(id, ("limit", "2"), ("next", first.Next!))).ShouldBe(200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(VersionList(first), Is.EqualTo(new[] { V(1), V(2) }));
            Assert.That(first.More, Is.True);
            Assert.That(first.Next, Is.Not.Null);
            Assert.That(VersionList(second), Is.EqualTo(new[] { V(3) }));
            Assert.That(second.More, Is.False);
            Assert.That(second.Body.ContainsKey("next"), Is.False);
        }
    }

    [Test]
    public async Task Versions_added_after_is_exclusive()
    {
        var id = await VersionsAsync(1, 2, 3);
        var records = await ManifestAsync(TestHub.Root, TestHub.Shared, id);

        var page = (await GetAsync(id, ("added_after", records[0].DateAdded))).ShouldBe(200);

        Assert.That(VersionList(page), Is.EqualTo(new[] { V(2), V(3) }));
    }

    [Test]
    public async Task Versions_with_everything_filtered_out_is_more_false_without_a_versions_list()
    {
        var id = await VersionsAsync(1);
        var records = await ManifestAsync(TestHub.Root, TestHub.Shared, id);

        var page = (await GetAsync(id, ("added_after", records[^1].DateAdded))).ShouldBe(200);

        Assert.That(page.Text, Is.EqualTo("""{"more":false}"""));
    }

    [TestCase("match[version]", "all")] // versions lists every version; match[version] is not one of its filters
    [TestCase("match[id]", "x")]
    [TestCase("match[type]", "malware")]
    [TestCase("limit", "0")]
    [TestCase("next", "garbage")]
    [TestCase("added_after", "yesterday")]
    public async Task Versions_with_a_bad_or_unsupported_parameter_is_a_400_error(string name, string value)
    {
        var id = await VersionsAsync(1);

        (await GetAsync(id, (name, value))).ShouldBeTaxiiError(400);
    }

    [Test]
    public async Task Versions_of_an_unknown_object_is_a_404_error()
    {
        (await GetAsync(StixObjectBuilder.NewId("malware"))).ShouldBeTaxiiError(404);
    }

    [Test]
    public async Task Versions_answers_without_the_trailing_slash_too()
    {
        var id = await VersionsAsync(1, 2);

        var page = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.WithoutTrailingSlash(TaxiiPaths.Versions(TestHub.Root, TestHub.Shared, id)))).ShouldBe(200);

        Assert.That(VersionList(page), Is.EqualTo(new[] { V(1), V(2) }));
    }
}
