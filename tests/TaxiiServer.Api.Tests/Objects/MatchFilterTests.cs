using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Objects;

/// <summary>
/// match[id], match[type] and match[version] on the objects and manifest endpoints, over one collection holding
/// indicator A (versions 1, 2, 3 s), malware B (10, 11 s), observable C and indicator D (20 s), added in the order
/// A1 B1 A2 C B2 A3 D.
/// </summary>
public class MatchFilterTests : TaxiiApiFixture
{
    private readonly string _a = StixObjectBuilder.NewId("indicator");
    private readonly string _b = StixObjectBuilder.NewId("malware");
    private readonly string _c = StixObjectBuilder.NewId("ipv4-addr");
    private readonly string _d = StixObjectBuilder.NewId("indicator");
    private string _collection = "";
    private string _cVersion = "";

    private static string V(int seconds) => StixObjectBuilder.Format(StixObjectBuilder.BaseTime.AddSeconds(seconds));

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        _collection = Factory.TakeLabCollection();
        await AddAsync(TestHub.LabRoot, _collection,
            StixObjectBuilder.Indicator(_a).Version(1), StixObjectBuilder.Malware(_b).Version(10),
            StixObjectBuilder.Indicator(_a).Version(2), StixObjectBuilder.Ipv4("192.0.2.33", _c),
            StixObjectBuilder.Malware(_b).Version(11), StixObjectBuilder.Indicator(_a).Version(3),
            StixObjectBuilder.Indicator(_d).Version(20));
        _cVersion = (await ManifestAsync(TestHub.LabRoot, _collection, _c)).Single().Version;
    }

    /// <summary>(id, version) of each record served, in order, from either endpoint.</summary>
    private async Task<IReadOnlyList<(string, string)>> QueryAsync(string endpoint, params (string, string)[] query)
    {
        var path = endpoint == "objects"
            ? TaxiiPaths.Objects(TestHub.LabRoot, _collection, TaxiiQuery.Of(query))
            : TaxiiPaths.Manifest(TestHub.LabRoot, _collection, TaxiiQuery.Of(query));
        var page = (await ReadWrite.GetTaxiiAsync(path)).ShouldBe(200);
        return page.Objects
            .Select(o => ((string)o["id"]!, endpoint == "objects" ? (string?)o["modified"] ?? _cVersion : (string)o["version"]!))
            .ToList();
    }

    private (string, string)[] Latest => [(_c, _cVersion), (_b, V(11)), (_a, V(3)), (_d, V(20))];

    [Test]
    public async Task No_filter_serves_the_latest_version_of_each_object([Values("objects", "manifest")] string endpoint)
    {
        Assert.That(await QueryAsync(endpoint), Is.EqualTo(Latest));
    }

    [Test]
    public async Task Match_id_selects_one_object([Values("objects", "manifest")] string endpoint)
    {
        Assert.That(await QueryAsync(endpoint, ("match[id]", _a)), Is.EqualTo(new[] { (_a, V(3)) }));
    }

    [Test]
    public async Task Match_id_values_are_ored_whether_comma_separated_or_repeated([Values("objects", "manifest")] string endpoint)
    {
        var expected = new[] { (_b, V(11)), (_a, V(3)) };

        Assert.That(await QueryAsync(endpoint, ("match[id]", $"{_a},{_b}")), Is.EqualTo(expected));
        Assert.That(await QueryAsync(endpoint, ("match[id]", _a), ("match[id]", _b)), Is.EqualTo(expected));
    }

    [Test]
    public async Task Match_id_of_an_unknown_object_serves_an_empty_page([Values("objects", "manifest")] string endpoint)
    {
        Assert.That(await QueryAsync(endpoint, ("match[id]", StixObjectBuilder.NewId("indicator"))), Is.Empty);
    }

    [Test]
    public async Task Match_type_selects_objects_of_the_listed_types([Values("objects", "manifest")] string endpoint)
    {
        Assert.That(await QueryAsync(endpoint, ("match[type]", "malware")), Is.EqualTo(new[] { (_b, V(11)) }));
        Assert.That(await QueryAsync(endpoint, ("match[type]", "indicator,ipv4-addr")),
            Is.EqualTo(new[] { (_c, _cVersion), (_a, V(3)), (_d, V(20)) }));
    }

    [Test]
    public async Task Different_match_fields_are_anded([Values("objects", "manifest")] string endpoint)
    {
        Assert.That(await QueryAsync(endpoint, ("match[type]", "indicator"), ("match[id]", $"{_a},{_b}")), Is.EqualTo(new[] { (_a, V(3)) }));
        Assert.That(await QueryAsync(endpoint, ("match[type]", "malware"), ("match[id]", _a)), Is.Empty);
    }

    [Test]
    public async Task Match_version_first_last_and_all([Values("objects", "manifest")] string endpoint)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await QueryAsync(endpoint, ("match[version]", "last")), Is.EqualTo(Latest));
            Assert.That(await QueryAsync(endpoint, ("match[version]", "first")),
                Is.EqualTo(new[] { (_a, V(1)), (_b, V(10)), (_c, _cVersion), (_d, V(20)) }));
            Assert.That(await QueryAsync(endpoint, ("match[version]", "all")),
                Is.EqualTo(new[] { (_a, V(1)), (_b, V(10)), (_a, V(2)), (_c, _cVersion), (_b, V(11)), (_a, V(3)), (_d, V(20)) }));
        }
    }

    [Test]
    public async Task Match_version_first_and_last_together_serve_each_record_once([Values("objects", "manifest")] string endpoint)
    {
        Assert.That(await QueryAsync(endpoint, ("match[version]", "first,last")),
            Is.EqualTo(new[] { (_a, V(1)), (_b, V(10)), (_c, _cVersion), (_b, V(11)), (_a, V(3)), (_d, V(20)) }));
    }

    [Test]
    public async Task Match_version_timestamp_selects_that_version([Values("objects", "manifest")] string endpoint)
    {
        Assert.That(await QueryAsync(endpoint, ("match[version]", V(2))), Is.EqualTo(new[] { (_a, V(2)) }));
        Assert.That(await QueryAsync(endpoint, ("match[version]", $"{V(2)},{V(10)}")), Is.EqualTo(new[] { (_b, V(10)), (_a, V(2)) }));
    }

    [TestCase("2026-03-01T12:00:02Z")] // no fraction
    [TestCase("2026-03-01T12:00:02.0Z")]
    [TestCase("2026-03-01T12:00:02.000000Z")]
    [TestCase("2026-03-01T12:00:02.000000000Z")] // nanosecond digits
    public async Task Match_version_timestamp_matches_the_same_instant_written_with_another_precision(string version)
    {
        Assert.That(await QueryAsync("objects", ("match[version]", version)), Is.EqualTo(new[] { (_a, V(2)) }));
    }

    [Test]
    public async Task Match_version_timestamp_and_last_combine([Values("objects", "manifest")] string endpoint)
    {
        Assert.That(await QueryAsync(endpoint, ("match[version]", $"{V(1)},last")),
            Is.EqualTo(new[] { (_a, V(1)), (_c, _cVersion), (_b, V(11)), (_a, V(3)), (_d, V(20)) }));
    }

    [Test]
    public async Task Match_version_of_an_observable_is_its_first_date_added()
    {
        Assert.That(await QueryAsync("manifest", ("match[version]", _cVersion)), Is.EqualTo(new[] { (_c, _cVersion) }));
    }

    [TestCase("match[version]", "newest")] // not first/last/all/timestamp
    [TestCase("match[version]", "2026-03-01")] // a date, not a timestamp
    [TestCase("match[id]", "")] // an empty value
    [TestCase("match[type]", "")]
    [TestCase("match[spec_version]", "two")]
    [TestCase("match[foo]", "bar")] // an unknown match field
    [TestCase("match[ID]", "x")] // field names are case-sensitive
    [TestCase("match[added_after]", "2026-03-01T12:00:00Z")] // added_after is not a match field
    public async Task Bad_or_unknown_match_filter_is_a_400_error(string name, string value)
    {
        var query = TaxiiQuery.Of((name, value));

        (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Objects(TestHub.LabRoot, _collection, query))).ShouldBeTaxiiError(400);
        (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Manifest(TestHub.LabRoot, _collection, query))).ShouldBeTaxiiError(400);
    }
}
