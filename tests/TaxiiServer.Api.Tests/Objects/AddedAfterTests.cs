using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Objects;

/// <summary>added_after on the objects and manifest endpoints of a collection holding four objects added one by one.</summary>
public class AddedAfterTests : TaxiiApiFixture
{
    private string _collection = "";
    private IReadOnlyList<ManifestEntry> _records = [];

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        _collection = Factory.TakeLabCollection();
        var objects = new[] { StixObjectBuilder.Indicator(), StixObjectBuilder.Malware(), StixObjectBuilder.Indicator(), StixObjectBuilder.Ipv4() };
        foreach (var stixObject in objects)
        {
            await AddAsync(TestHub.LabRoot, _collection, stixObject);
        }

        _records = await ManifestAsync(TestHub.LabRoot, _collection, objects.Select(o => o.Id).ToArray());
        Assert.That(_records.Select(r => r.Id), Is.EqualTo(objects.Select(o => o.Id)), "date_added follows POST order");
    }

    private async Task<IReadOnlyList<string>> IdsAddedAfterAsync(string endpoint, string addedAfter)
    {
        var query = TaxiiQuery.Of(("added_after", addedAfter));
        var path = endpoint == "objects"
            ? TaxiiPaths.Objects(TestHub.LabRoot, _collection, query)
            : TaxiiPaths.Manifest(TestHub.LabRoot, _collection, query);
        return (await ReadWrite.GetTaxiiAsync(path)).ShouldBe(200).ObjectIds;
    }

    [Test]
    public async Task Added_after_is_exclusive_of_the_given_date_added([Values("objects", "manifest")] string endpoint)
    {
        var ids = await IdsAddedAfterAsync(endpoint, _records[1].DateAdded);

        Assert.That(ids, Is.EqualTo(_records.Skip(2).Select(r => r.Id)));
    }

    [Test]
    public async Task Added_after_one_microsecond_earlier_includes_the_object([Values("objects", "manifest")] string endpoint)
    {
        var ids = await IdsAddedAfterAsync(endpoint, TaxiiTime.FromMicros(_records[1].DateAddedMicros - 1));

        Assert.That(ids, Is.EqualTo(_records.Skip(1).Select(r => r.Id)));
    }

    [Test]
    public async Task Added_after_the_last_date_added_serves_an_empty_page([Values("objects", "manifest")] string endpoint)
    {
        var ids = await IdsAddedAfterAsync(endpoint, _records[^1].DateAdded);

        Assert.That(ids, Is.Empty);
    }

    [Test]
    public async Task Added_after_accepts_zero_to_nine_fractional_digits([Range(0, 9)] int digits)
    {
        var pivot = _records[1];
        var written = TaxiiTime.WithFractionDigits(pivot.DateAdded, digits);
        // Fewer than six digits name an instant at or before the pivot; six or more name the pivot itself.
        var unit = digits >= 6 ? 1 : (long)Math.Pow(10, 6 - digits);
        var instant = pivot.DateAddedMicros - (pivot.DateAddedMicros % unit);

        var ids = await IdsAddedAfterAsync("objects", written);

        Assert.That(ids, Is.EqualTo(_records.Where(r => r.DateAddedMicros > instant).Select(r => r.Id)), written);
    }

    [TestCase("2026-03-01")] // a date without a time
    [TestCase("2026-03-01T12:00:00")] // no Z
    [TestCase("2026-03-01T12:00:00+00:00")] // an offset instead of Z
    [TestCase("2026-03-01T12:00:00.Z")] // a dot without digits
    [TestCase("2026-03-01T12:00:00.1234567890Z")] // ten fractional digits
    [TestCase("2026-13-01T12:00:00Z")] // month 13
    [TestCase("2026-02-30T12:00:00Z")] // 30 February
    [TestCase("2026-03-01t12:00:00z")] // lower-case separators
    [TestCase("1700000000")] // epoch seconds
    [TestCase("yesterday")]
    [TestCase("")] // present but empty
    public async Task Malformed_added_after_is_a_400_error(string value)
    {
        (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Objects(TestHub.LabRoot, _collection, TaxiiQuery.Of(("added_after", value)))))
            .ShouldBeTaxiiError(400);
        (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Manifest(TestHub.LabRoot, _collection, TaxiiQuery.Of(("added_after", value)))))
            .ShouldBeTaxiiError(400);
    }

    [Test]
    public async Task Added_after_given_twice_is_a_400_error()
    {
        var query = TaxiiQuery.Of(("added_after", _records[0].DateAdded), ("added_after", _records[1].DateAdded));

        (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Objects(TestHub.LabRoot, _collection, query))).ShouldBeTaxiiError(400);
    }
}
