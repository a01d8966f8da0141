using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Manifest;

public class ManifestTests : TaxiiApiFixture
{
    [Test]
    public async Task Manifest_records_have_id_date_added_version_and_media_type_and_nothing_else()
    {
        var collection = Factory.TakeLabCollection();
        var indicator = StixObjectBuilder.Indicator().Version(4);
        var address = StixObjectBuilder.Ipv4("192.0.2.200");
        await AddAsync(TestHub.LabRoot, collection, indicator, address);

        var page = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Manifest(TestHub.LabRoot, collection))).ShouldBe(200);

        Assert.That(page.Body.Select(p => p.Key), Is.EquivalentTo(new[] { "more", "objects" }));
        var records = page.Objects;
        Assert.That(records, Has.Count.EqualTo(2));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.ContentType, Is.EqualTo("application/taxii+json;version=2.1"));
            Assert.That(records.Select(r => r.Select(p => p.Key)), Has.All.EquivalentTo(new[] { "id", "date_added", "version", "media_type" }));
            Assert.That((string?)records[0]["id"], Is.EqualTo(indicator.Id));
            Assert.That((string?)records[0]["version"], Is.EqualTo(indicator.VersionText));
            Assert.That((string?)records[0]["media_type"], Is.EqualTo("application/stix+json;version=2.1"));
            Assert.That((string?)records[0]["date_added"], Does.Match(TaxiiTime.Format()));
            Assert.That((string?)records[1]["id"], Is.EqualTo(address.Id));
            Assert.That((string?)records[1]["version"], Is.EqualTo((string?)records[1]["date_added"]));
        }
    }

    [Test]
    public async Task Empty_manifest_is_more_false_without_objects()
    {
        var collection = Factory.TakeLabCollection();

        var page = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Manifest(TestHub.LabRoot, collection))).ShouldBe(200);

        Assert.That(page.Text, Is.EqualTo("""{"more":false}"""));
    }

    [Test]
    public async Task Manifest_answers_without_the_trailing_slash_too()
    {
        var indicator = StixObjectBuilder.Indicator();
        await AddAsync(TestHub.Root, TestHub.Shared, indicator);
        var path = TaxiiPaths.Manifest(TestHub.Root, TestHub.Shared, TaxiiQuery.Of(("match[id]", indicator.Id)));

        var page = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.WithoutTrailingSlash(path))).ShouldBe(200);

        Assert.That(page.ObjectIds, Is.EqualTo(new[] { indicator.Id }));
    }

    [Test]
    public async Task Manifest_of_an_unknown_collection_is_a_404_error()
    {
        (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Manifest(TestHub.Root, Guid.NewGuid().ToString()))).ShouldBeTaxiiError(404);
    }
}
