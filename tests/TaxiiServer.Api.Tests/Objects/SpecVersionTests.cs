using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Objects;

/// <summary>
/// match[spec_version] in a collection accepting STIX 2.0 and 2.1, holding X (2.0 at 1 s, then 2.1 at 2 s), Y (2.0
/// only, 5 s) and Z (2.1 at 7 s, then 2.0 at 8 s: the 2.0 version is the newer one), added in that order.
/// </summary>
public class SpecVersionTests : TaxiiApiFixture
{
    private const string Stix20 = "application/stix+json;version=2.0";
    private const string Stix21 = "application/stix+json;version=2.1";
    private readonly string _x = StixObjectBuilder.NewId("indicator");
    private readonly string _y = StixObjectBuilder.NewId("indicator");
    private readonly string _z = StixObjectBuilder.NewId("indicator");
    private string _collection = "";

    private static string V(int seconds) => StixObjectBuilder.Format(StixObjectBuilder.BaseTime.AddSeconds(seconds));

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        _collection = Factory.TakeLabCollection();
        await AddAsync(TestHub.LabRoot, _collection,
            StixObjectBuilder.Indicator20(_x).Version(1), StixObjectBuilder.Indicator(_x).Version(2),
            StixObjectBuilder.Indicator20(_y).Version(5),
            StixObjectBuilder.Indicator(_z).Version(7), StixObjectBuilder.Indicator20(_z).Version(8));
    }

    private async Task<IReadOnlyList<(string, string, string)>> ManifestAsync(params (string, string)[] query)
    {
        var page = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Manifest(TestHub.LabRoot, _collection, TaxiiQuery.Of(query)))).ShouldBe(200);
        return page.Objects.Select(ManifestEntry.From).Select(r => (r.Id, r.Version, r.MediaType)).ToList();
    }

    [Test]
    public async Task Without_the_filter_each_object_is_served_in_its_latest_spec_version_only()
    {
        Assert.That(await ManifestAsync(), Is.EqualTo(new[] { (_x, V(2), Stix21), (_y, V(5), Stix20), (_z, V(7), Stix21) }));
    }

    [Test]
    public async Task Without_the_filter_the_objects_endpoint_serves_the_same_records()
    {
        var page = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Objects(TestHub.LabRoot, _collection))).ShouldBe(200);

        Assert.That(page.Objects.Select(o => ((string?)o["id"], (string?)o["modified"], (string?)o["spec_version"])),
            Is.EqualTo(new[] { (_x, V(2), "2.1"), (_y, V(5), null), (_z, V(7), "2.1") }));
    }

    [Test]
    public async Task Explicit_2_0_serves_the_2_0_versions()
    {
        Assert.That(await ManifestAsync(("match[spec_version]", "2.0")),
            Is.EqualTo(new[] { (_x, V(1), Stix20), (_y, V(5), Stix20), (_z, V(8), Stix20) }));
    }

    [Test]
    public async Task Explicit_2_1_serves_the_2_1_versions()
    {
        Assert.That(await ManifestAsync(("match[spec_version]", "2.1")), Is.EqualTo(new[] { (_x, V(2), Stix21), (_z, V(7), Stix21) }));
    }

    [Test]
    public async Task Both_spec_versions_serve_the_latest_version_across_both()
    {
        Assert.That(await ManifestAsync(("match[spec_version]", "2.0,2.1")),
            Is.EqualTo(new[] { (_x, V(2), Stix21), (_y, V(5), Stix20), (_z, V(8), Stix20) }));
    }

    [Test]
    public async Task Both_spec_versions_with_all_versions_serve_every_record()
    {
        Assert.That(await ManifestAsync(("match[spec_version]", "2.0"), ("match[spec_version]", "2.1"), ("match[version]", "all")),
            Is.EqualTo(new[] { (_x, V(1), Stix20), (_x, V(2), Stix21), (_y, V(5), Stix20), (_z, V(7), Stix21), (_z, V(8), Stix20) }));
    }

    [Test]
    public async Task A_spec_version_nothing_is_stored_in_serves_an_empty_page()
    {
        Assert.That(await ManifestAsync(("match[spec_version]", "2.2")), Is.Empty);
    }

    [Test]
    public async Task Versions_and_object_endpoints_apply_the_same_default_and_filter()
    {
        var versions = TaxiiPaths.Versions(TestHub.LabRoot, _collection, _x);
        var defaultVersions = (await ReadWrite.GetTaxiiAsync(versions)).ShouldBe(200);
        var v20 = (await ReadWrite.GetTaxiiAsync(versions + "?" + TaxiiQuery.Of(("match[spec_version]", "2.0")))).ShouldBe(200);
        var both = (await ReadWrite.GetTaxiiAsync(versions + "?" + TaxiiQuery.Of(("match[spec_version]", "2.0,2.1")))).ShouldBe(200);
        var objectDefault = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.OneObject(TestHub.LabRoot, _collection, _x))).ShouldBe(200);
        var object20 = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.OneObject(TestHub.LabRoot, _collection, _x,
            TaxiiQuery.Of(("match[spec_version]", "2.0"))))).ShouldBe(200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(defaultVersions.Body["versions"]!.AsArray().Select(v => (string?)v), Is.EqualTo(new[] { V(2) }));
            Assert.That(v20.Body["versions"]!.AsArray().Select(v => (string?)v), Is.EqualTo(new[] { V(1) }));
            Assert.That(both.Body["versions"]!.AsArray().Select(v => (string?)v), Is.EqualTo(new[] { V(1), V(2) }));
            Assert.That(objectDefault.Objects.Select(o => (string?)o["spec_version"]), Is.EqualTo(new[] { "2.1" }));
            Assert.That(object20.Objects.Select(o => (string?)o["modified"]), Is.EqualTo(new[] { V(1) }));
        }
    }
}
