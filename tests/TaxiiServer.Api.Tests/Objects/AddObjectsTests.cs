using System.Text.Json.Nodes;
using TaxiiServer.Api.Tests.Infrastructure;
using static TaxiiServer.Api.Tests.Infrastructure.StatusAssertions;

namespace TaxiiServer.Api.Tests.Objects;

public class AddObjectsTests : TaxiiApiFixture
{
    private static readonly string SharedObjects = TaxiiPaths.Objects(TestHub.Root, TestHub.Shared);

    [Test]
    public async Task Post_answers_202_with_a_complete_status_listing_each_object_with_id_and_version()
    {
        var indicator = StixObjectBuilder.Indicator().Version(5);
        var malware = StixObjectBuilder.Malware();

        var response = await ReadWrite.AddObjectsAsync(TestHub.Root, TestHub.Shared, EnvelopeBuilder.Of(indicator, malware));

        var status = response.Body;
        AssertWellFormed(status);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.ContentType, Is.EqualTo("application/taxii+json;version=2.1"));
            Assert.That((int)status["total_count"]!, Is.EqualTo(2));
            Assert.That((int)status["success_count"]!, Is.EqualTo(2));
            Assert.That((int)status["failure_count"]!, Is.EqualTo(0));
            Assert.That((int)status["pending_count"]!, Is.EqualTo(0));
            Assert.That(Entries(status, "successes").Select(s => ((string?)s["id"], (string?)s["version"])),
                Is.EquivalentTo(new[] { (indicator.Id, indicator.VersionText), (malware.Id, malware.VersionText) }));
        }
    }

    [Test]
    public async Task Posted_objects_are_served_back_exactly_as_sent()
    {
        var indicator = StixObjectBuilder.Indicator().Named("Round trip \u00e9 <b>");
        await AddAsync(TestHub.Root, TestHub.Shared, indicator);

        var response = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.OneObject(TestHub.Root, TestHub.Shared, indicator.Id))).ShouldBe(200);

        Assert.That(JsonNode.DeepEquals(response.Objects.Single(), indicator.Build()), Is.True, response.Text);
    }

    [Test]
    public async Task Mixed_envelope_stores_the_valid_objects_and_reports_each_invalid_one_as_a_failure_with_a_message()
    {
        var good = StixObjectBuilder.Indicator();
        var wrongPrefix = StixObjectBuilder.Indicator(StixObjectBuilder.NewId("malware"));
        var badTimestamp = StixObjectBuilder.Indicator().With("modified", "yesterday");
        var unversioned = StixObjectBuilder.Malware().Without("created").Without("modified");
        var futureSpec = StixObjectBuilder.Indicator().With("spec_version", "2.2");
        var envelope = EnvelopeBuilder.Of(good, wrongPrefix, badTimestamp, unversioned, futureSpec)
            .WithRaw(StixObjectBuilder.Indicator().Without("id").Build()); // no id at all

        var status = (await ReadWrite.AddObjectsAsync(TestHub.Root, TestHub.Shared, envelope)).Body;

        AssertWellFormed(status);
        var failures = Entries(status, "failures");
        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)status["total_count"]!, Is.EqualTo(6));
            Assert.That((int)status["success_count"]!, Is.EqualTo(1));
            Assert.That((int)status["failure_count"]!, Is.EqualTo(5));
            Assert.That(Entries(status, "successes").Select(s => (string?)s["id"]), Is.EqualTo(new[] { good.Id }));
            Assert.That(failures.Select(f => (string?)f["id"]),
                Is.SupersetOf(new[] { wrongPrefix.Id, badTimestamp.Id, unversioned.Id, futureSpec.Id }));
        }

        var stored = await ManifestAsync(TestHub.Root, TestHub.Shared, good.Id, wrongPrefix.Id, badTimestamp.Id, unversioned.Id, futureSpec.Id);
        Assert.That(stored.Select(r => r.Id), Is.EqualTo(new[] { good.Id }), "only the valid object is stored");
    }

    [Test]
    public async Task Identical_repost_is_a_success_that_changes_nothing_even_with_other_property_order()
    {
        var indicator = StixObjectBuilder.Indicator();
        await AddAsync(TestHub.Root, TestHub.Shared, indicator);
        var before = await ManifestAsync(TestHub.Root, TestHub.Shared, indicator.Id);

        var reordered = new JsonObject(indicator.Build().Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
        var status = (await ReadWrite.AddObjectsAsync(TestHub.Root, TestHub.Shared, new EnvelopeBuilder().WithRaw(reordered))).Body;

        AssertWellFormed(status);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)status["success_count"]!, Is.EqualTo(1));
            Assert.That((int)status["failure_count"]!, Is.EqualTo(0));
            Assert.That(await ManifestAsync(TestHub.Root, TestHub.Shared, indicator.Id), Is.EqualTo(before), "date_added unchanged");
        }
    }

    [Test]
    public async Task Different_content_under_an_existing_id_and_version_is_a_failure_and_the_stored_object_is_kept()
    {
        var original = StixObjectBuilder.Indicator().Named("original");
        await AddAsync(TestHub.Root, TestHub.Shared, original);

        var impostor = StixObjectBuilder.Indicator(original.Id).Named("impostor");
        var status = (await ReadWrite.AddObjectsAsync(TestHub.Root, TestHub.Shared, EnvelopeBuilder.Of(impostor))).Body;

        AssertWellFormed(status);
        var failure = Entries(status, "failures").Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)status["success_count"]!, Is.EqualTo(0));
            Assert.That((string?)failure["id"], Is.EqualTo(original.Id));
            Assert.That((string?)failure["version"], Is.EqualTo(original.VersionText));
        }

        var stored = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.OneObject(TestHub.Root, TestHub.Shared, original.Id))).ShouldBe(200);
        Assert.That((string?)stored.Objects.Single()["name"], Is.EqualTo("original"));
    }

    [Test]
    public async Task Observable_without_created_or_modified_takes_its_first_date_added_as_version_and_keeps_it()
    {
        var address = StixObjectBuilder.Ipv4("192.0.2.77");

        var first = (await ReadWrite.AddObjectsAsync(TestHub.Root, TestHub.Shared, EnvelopeBuilder.Of(address))).Body;
        var record = (await ManifestAsync(TestHub.Root, TestHub.Shared, address.Id)).Single();
        var again = (await ReadWrite.AddObjectsAsync(TestHub.Root, TestHub.Shared, EnvelopeBuilder.Of(address))).Body;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(record.Version, Is.EqualTo(record.DateAdded));
            Assert.That((string?)Entries(first, "successes").Single()["version"], Is.EqualTo(record.Version));
            Assert.That((int)again["success_count"]!, Is.EqualTo(1), "re-POSTing the same observable is a success");
            Assert.That((string?)Entries(again, "successes").Single()["version"], Is.EqualTo(record.Version));
            Assert.That(await ManifestAsync(TestHub.Root, TestHub.Shared, address.Id), Is.EqualTo(new[] { record }));
        }
    }

    [Test]
    public async Task Stix_2_0_object_is_rejected_by_a_collection_that_only_accepts_2_1()
    {
        var legacy = StixObjectBuilder.Indicator20();

        var status = (await ReadWrite.AddObjectsAsync(TestHub.Root, TestHub.Shared, EnvelopeBuilder.Of(legacy))).Body;

        AssertWellFormed(status);
        Assert.That(Entries(status, "failures").Select(f => (string?)f["id"]), Is.EqualTo(new[] { legacy.Id }));
        Assert.That(await ManifestAsync(TestHub.Root, TestHub.Shared, legacy.Id), Is.Empty);
    }

    [Test]
    public async Task Stix_2_0_object_is_accepted_by_a_collection_that_accepts_2_0_with_the_2_0_media_type()
    {
        var legacy = StixObjectBuilder.Indicator20();

        await AddAsync(TestHub.Root, TestHub.Legacy, legacy);

        var record = (await ManifestAsync(TestHub.Root, TestHub.Legacy, legacy.Id)).Single();
        Assert.That(record.MediaType, Is.EqualTo("application/stix+json;version=2.0"));
    }

    [Test]
    public async Task Post_answers_without_the_trailing_slash_too()
    {
        var indicator = StixObjectBuilder.Indicator();

        var response = await ReadWrite.PostTaxiiAsync(TaxiiPaths.WithoutTrailingSlash(SharedObjects), EnvelopeBuilder.Of(indicator).ToJson());

        response.ShouldBe(202);
        Assert.That(await ManifestAsync(TestHub.Root, TestHub.Shared, indicator.Id), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Same_object_twice_in_one_envelope_is_stored_once_and_both_are_successes()
    {
        var indicator = StixObjectBuilder.Indicator();

        var status = (await ReadWrite.AddObjectsAsync(TestHub.Root, TestHub.Shared, EnvelopeBuilder.Of(indicator, indicator))).Body;

        AssertWellFormed(status);
        Assert.That((int)status["success_count"]!, Is.EqualTo(2));
        Assert.That(await ManifestAsync(TestHub.Root, TestHub.Shared, indicator.Id), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Two_different_bodies_for_one_id_and_version_in_one_envelope_keep_the_first()
    {
        var first = StixObjectBuilder.Indicator().Named("first");
        var second = StixObjectBuilder.Indicator(first.Id).Named("second");

        var status = (await ReadWrite.AddObjectsAsync(TestHub.Root, TestHub.Shared, EnvelopeBuilder.Of(first, second))).Body;

        AssertWellFormed(status);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)status["success_count"]!, Is.EqualTo(1));
            Assert.That((int)status["failure_count"]!, Is.EqualTo(1));
        }

        var stored = (await ReadWrite.GetTaxiiAsync(TaxiiPaths.OneObject(TestHub.Root, TestHub.Shared, first.Id))).ShouldBe(200);
        Assert.That((string?)stored.Objects.Single()["name"], Is.EqualTo("first"));
    }

    [Test]
    public async Task Versions_in_one_envelope_get_strictly_increasing_date_added_in_envelope_order()
    {
        var id = StixObjectBuilder.NewId("indicator");
        var versions = Enumerable.Range(1, 5).Select(i => StixObjectBuilder.Indicator(id).Version(10 - i)).ToArray();

        await AddAsync(TestHub.Root, TestHub.Shared, versions);

        var records = await ManifestAsync(TestHub.Root, TestHub.Shared, id);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(records.Select(r => r.Version), Is.EqualTo(versions.Select(v => v.VersionText)));
            Assert.That(records.Select(r => r.DateAddedMicros), Is.Ordered.Ascending.And.Unique);
        }
    }
}
