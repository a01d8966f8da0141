using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Objects;

public class GetObjectsTests : TaxiiApiFixture
{
    [Test]
    public async Task Empty_collection_serves_an_envelope_with_more_false_and_nothing_else()
    {
        var collection = Factory.TakeLabCollection();

        var response = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Objects(TestHub.LabRoot, collection))).ShouldBe(200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Text, Is.EqualTo("""{"more":false}"""), "more is always written; empty objects and next are omitted");
            Assert.That(response.Header("X-TAXII-Date-Added-First"), Is.Null);
            Assert.That(response.Header("X-TAXII-Date-Added-Last"), Is.Null);
        }
    }

    [Test]
    public async Task Objects_come_in_date_added_order_with_more_false_and_no_next_when_all_fit()
    {
        var collection = Factory.TakeLabCollection();
        var objects = new[] { StixObjectBuilder.Malware(), StixObjectBuilder.Indicator(), StixObjectBuilder.Ipv4("192.0.2.1") };
        foreach (var stixObject in objects)
        {
            await AddAsync(TestHub.LabRoot, collection, stixObject);
        }

        var response = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Objects(TestHub.LabRoot, collection))).ShouldBe(200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.ContentType, Is.EqualTo("application/taxii+json;version=2.1"));
            Assert.That(response.ObjectIds, Is.EqualTo(objects.Select(o => o.Id)));
            Assert.That(response.Body["more"]!.GetValueKind(), Is.EqualTo(System.Text.Json.JsonValueKind.False));
            Assert.That(response.Body.ContainsKey("next"), Is.False);
        }
    }

    [Test]
    public async Task Objects_serve_only_the_latest_version_of_each_object_by_default()
    {
        var collection = Factory.TakeLabCollection();
        var id = StixObjectBuilder.NewId("indicator");
        await AddAsync(TestHub.LabRoot, collection,
            StixObjectBuilder.Indicator(id).Version(1), StixObjectBuilder.Indicator(id).Version(3), StixObjectBuilder.Indicator(id).Version(2));

        var response = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Objects(TestHub.LabRoot, collection))).ShouldBe(200);

        Assert.That(response.Objects.Select(o => (string?)o["modified"]),
            Is.EqualTo(new[] { StixObjectBuilder.Indicator(id).Version(3).VersionText }));
    }

    [Test]
    public async Task Objects_answer_without_the_trailing_slash_too()
    {
        var indicator = StixObjectBuilder.Indicator();
        await AddAsync(TestHub.Root, TestHub.Shared, indicator);
        var path = TaxiiPaths.Objects(TestHub.Root, TestHub.Shared, TaxiiQuery.Of(("match[id]", indicator.Id)));

        var without = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.WithoutTrailingSlash(path))).ShouldBe(200);

        Assert.That(without.ObjectIds, Is.EqualTo(new[] { indicator.Id }));
    }

    [Test]
    public async Task Unknown_query_parameters_that_are_not_filters_are_ignored()
    {
        var indicator = StixObjectBuilder.Indicator();
        await AddAsync(TestHub.Root, TestHub.Shared, indicator);

        // Clients add cache-busters such as _=1700000000.
        var response = await ReadWrite.GetTaxiiAsync(TaxiiPaths.Objects(TestHub.Root, TestHub.Shared,
            TaxiiQuery.Of(("match[id]", indicator.Id), ("_", "1700000000"))));

        Assert.That(response.ShouldBe(200).ObjectIds, Is.EqualTo(new[] { indicator.Id }));
    }
}
