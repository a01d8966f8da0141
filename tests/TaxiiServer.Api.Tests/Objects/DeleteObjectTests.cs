using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Objects;

public class DeleteObjectTests : TaxiiApiFixture
{
    private static string V(int seconds) => StixObjectBuilder.Format(StixObjectBuilder.BaseTime.AddSeconds(seconds));

    private async Task<string> ThreeVersionsAsync()
    {
        var id = StixObjectBuilder.NewId("indicator");
        await AddAsync(TestHub.Root, TestHub.Shared,
            StixObjectBuilder.Indicator(id).Version(1), StixObjectBuilder.Indicator(id).Version(2), StixObjectBuilder.Indicator(id).Version(3));
        return id;
    }

    private Task<TaxiiResponse> DeleteAsync(string id, string? query = null) =>
        ReadWrite.DeleteTaxiiAsync(TaxiiPaths.OneObject(TestHub.Root, TestHub.Shared, id, query));

    private async Task<IReadOnlyList<string>> RemainingVersionsAsync(string id) =>
        (await ManifestAsync(TestHub.Root, TestHub.Shared, id)).Select(r => r.Version).ToList();

    [Test]
    public async Task Delete_without_filters_removes_every_version_and_the_object_is_then_404()
    {
        var id = await ThreeVersionsAsync();

        (await DeleteAsync(id)).ShouldBe(200);

        (await ReadWrite.GetTaxiiAsync(TaxiiPaths.OneObject(TestHub.Root, TestHub.Shared, id))).ShouldBeTaxiiError(404);
        (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Versions(TestHub.Root, TestHub.Shared, id))).ShouldBeTaxiiError(404);
        Assert.That(await RemainingVersionsAsync(id), Is.Empty);
        (await DeleteAsync(id)).ShouldBeTaxiiError(404);
    }

    [Test]
    public async Task Delete_with_a_version_timestamp_removes_only_that_version()
    {
        var id = await ThreeVersionsAsync();

        (await DeleteAsync(id, TaxiiQuery.Of(("match[version]", V(2))))).ShouldBe(200);

        Assert.That(await RemainingVersionsAsync(id), Is.EqualTo(new[] { V(1), V(3) }));
    }

    [Test]
    public async Task Delete_with_first_removes_only_the_first_version()
    {
        var id = await ThreeVersionsAsync();

        (await DeleteAsync(id, TaxiiQuery.Of(("match[version]", "first")))).ShouldBe(200);

        Assert.That(await RemainingVersionsAsync(id), Is.EqualTo(new[] { V(2), V(3) }));
    }

    [Test]
    public async Task Delete_with_a_spec_version_removes_only_the_versions_of_that_spec()
    {
        var id = StixObjectBuilder.NewId("indicator");
        await AddAsync(TestHub.Root, TestHub.Legacy, StixObjectBuilder.Indicator20(id).Version(1), StixObjectBuilder.Indicator(id).Version(2));

        (await ReadWrite.DeleteTaxiiAsync(TaxiiPaths.OneObject(TestHub.Root, TestHub.Legacy, id, TaxiiQuery.Of(("match[spec_version]", "2.0"))))).ShouldBe(200);

        var remaining = await ManifestAsync(TestHub.Root, TestHub.Legacy, id);
        Assert.That(remaining.Select(r => (r.Version, r.MediaType)), Is.EqualTo(new[] { (V(2), "application/stix+json;version=2.1") }));
    }

    [Test]
    public async Task Delete_leaves_other_objects_alone()
    {
        var deleted = await ThreeVersionsAsync();
        var kept = await ThreeVersionsAsync();

        (await DeleteAsync(deleted)).ShouldBe(200);

        Assert.That(await RemainingVersionsAsync(kept), Is.EqualTo(new[] { V(1), V(2), V(3) }));
    }

    [Test]
    public async Task Delete_of_an_unknown_object_is_a_404_error()
    {
        (await DeleteAsync(StixObjectBuilder.NewId("indicator"))).ShouldBeTaxiiError(404);
    }

    [TestCase("match[version]", "newest")] // not a version selector
    [TestCase("match[type]", "indicator")] // not a filter of this endpoint
    [TestCase("match[foo]", "x")]
    public async Task Delete_with_a_bad_filter_is_a_400_error_and_deletes_nothing(string name, string value)
    {
        var id = await ThreeVersionsAsync();

        (await DeleteAsync(id, TaxiiQuery.Of((name, value)))).ShouldBeTaxiiError(400);

        Assert.That(await RemainingVersionsAsync(id), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Delete_answers_without_the_trailing_slash_too()
    {
        var id = await ThreeVersionsAsync();

        (await ReadWrite.DeleteTaxiiAsync(TaxiiPaths.WithoutTrailingSlash(TaxiiPaths.OneObject(TestHub.Root, TestHub.Shared, id)))).ShouldBe(200);

        Assert.That(await RemainingVersionsAsync(id), Is.Empty);
    }
}
