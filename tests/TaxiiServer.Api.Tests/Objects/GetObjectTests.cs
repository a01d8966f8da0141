using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Objects;

/// <summary>GET of one object: its versions (default latest), filtered and paged.</summary>
public class GetObjectTests : TaxiiApiFixture
{
    private static string V(int seconds) => StixObjectBuilder.Format(StixObjectBuilder.BaseTime.AddSeconds(seconds));

    /// <summary>A fresh indicator with versions at 1, 2 and 3 s in the shared collection; returns its id.</summary>
    private async Task<string> ThreeVersionsAsync()
    {
        var id = StixObjectBuilder.NewId("indicator");
        await AddAsync(TestHub.Root, TestHub.Shared,
            StixObjectBuilder.Indicator(id).Version(1), StixObjectBuilder.Indicator(id).Version(2), StixObjectBuilder.Indicator(id).Version(3));
        return id;
    }

    private async Task<TaxiiResponse> GetAsync(string id, params (string, string)[] query) =>
        await ReadWrite.GetTaxiiAsync(TaxiiPaths.OneObject(TestHub.Root, TestHub.Shared, id, query.Length == 0 ? null : TaxiiQuery.Of(query)));

    private static List<string?> Versions(TaxiiResponse page) => page.Objects.Select(o => (string?)o["modified"]).ToList();

    [Test]
    public async Task Object_serves_its_latest_version_by_default()
    {
        var id = await ThreeVersionsAsync();

        var page = (await GetAsync(id)).ShouldBe(200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.ContentType, Is.EqualTo("application/taxii+json;version=2.1"));
            Assert.That(page.ObjectIds, Is.EqualTo(new[] { id }));
            Assert.That(Versions(page), Is.EqualTo(new[] { V(3) }));
            Assert.That(page.More, Is.False);
            Assert.That(page.Body.ContainsKey("next"), Is.False);
        }
    }

    [Test]
    public async Task Object_serves_the_versions_match_version_selects()
    {
        var id = await ThreeVersionsAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Versions((await GetAsync(id, ("match[version]", "all"))).ShouldBe(200)), Is.EqualTo(new[] { V(1), V(2), V(3) }));
            Assert.That(Versions((await GetAsync(id, ("match[version]", "first"))).ShouldBe(200)), Is.EqualTo(new[] { V(1) }));
            Assert.That(Versions((await GetAsync(id, ("match[version]", "first,last"))).ShouldBe(200)), Is.EqualTo(new[] { V(1), V(3) }));
            Assert.That(Versions((await GetAsync(id, ("match[version]", V(2)))).ShouldBe(200)), Is.EqualTo(new[] { V(2) }));
        }
    }

    [Test]
    public async Task Object_versions_page_with_limit_and_next()
    {
        var id = await ThreeVersionsAsync();

        var first = (await GetAsync(id, ("match[version]", "all"), ("limit", "2"))).ShouldBe(200);
        var second = (await GetAsync(id, ("match[version]", "all"), ("limit", "2"), ("next", first.Next!))).ShouldBe(200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Versions(first), Is.EqualTo(new[] { V(1), V(2) }));
            Assert.That(first.More, Is.True);
            Assert.That(Versions(second), Is.EqualTo(new[] { V(3) }));
            Assert.That(second.More, Is.False);
        }
    }

    [Test]
    public async Task Object_added_after_filters_its_versions_by_date_added()
    {
        var id = await ThreeVersionsAsync();
        var records = await ManifestAsync(TestHub.Root, TestHub.Shared, id);

        var page = (await GetAsync(id, ("match[version]", "all"), ("added_after", records[0].DateAdded))).ShouldBe(200);

        Assert.That(Versions(page), Is.EqualTo(new[] { V(2), V(3) }));
    }

    [Test]
    public async Task Existing_object_whose_versions_are_all_filtered_out_serves_an_empty_page()
    {
        var id = await ThreeVersionsAsync();
        var records = await ManifestAsync(TestHub.Root, TestHub.Shared, id);

        var page = (await GetAsync(id, ("added_after", records[^1].DateAdded))).ShouldBe(200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Text, Is.EqualTo("""{"more":false}"""));
            Assert.That(page.Header("X-TAXII-Date-Added-First"), Is.Null);
        }
    }

    [Test]
    public async Task Unknown_object_is_a_404_error()
    {
        (await GetAsync(StixObjectBuilder.NewId("indicator"))).ShouldBeTaxiiError(404);
    }

    [Test]
    public async Task Object_of_another_collection_is_a_404_error()
    {
        var id = await ThreeVersionsAsync();

        (await ReadWrite.GetTaxiiAsync(TaxiiPaths.OneObject(TestHub.Root, TestHub.Legacy, id))).ShouldBeTaxiiError(404);
    }

    [TestCase("match[id]")] // the object's id is in the path
    [TestCase("match[type]")]
    [TestCase("match[foo]")]
    public async Task Filter_the_object_endpoint_does_not_support_is_a_400_error(string name)
    {
        var id = await ThreeVersionsAsync();

        (await GetAsync(id, (name, "indicator"))).ShouldBeTaxiiError(400);
    }

    [Test]
    public async Task Object_answers_without_the_trailing_slash_too()
    {
        var id = await ThreeVersionsAsync();

        var page = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.WithoutTrailingSlash(TaxiiPaths.OneObject(TestHub.Root, TestHub.Shared, id)))).ShouldBe(200);

        Assert.That(Versions(page), Is.EqualTo(new[] { V(3) }));
    }
}
