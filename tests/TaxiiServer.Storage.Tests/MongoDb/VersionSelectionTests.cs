using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb.Documents;
using TaxiiServer.Storage.MongoDb.Filters;

namespace TaxiiServer.Storage.Tests.MongoDb;

public class VersionSelectionTests
{
    // v1 and v2 under 2.0, v3 and v4 under 2.1.
    private static readonly ObjectDocument[] Versions =
    [
        Doc("2.0", "2020-01-01T00:00:00Z"),
        Doc("2.0", "2021-01-01T00:00:00Z"),
        Doc("2.1", "2022-01-01T00:00:00Z"),
        Doc("2.1", "2023-01-01T00:00:00Z"),
    ];

    [TestCase("", false, true, false, "2023")]
    [TestCase("", true, false, false, "2022")]
    [TestCase("", true, true, false, "2022,2023")]
    [TestCase("", false, false, true, "2022,2023")]
    [TestCase("2.0", false, true, false, "2021")]
    [TestCase("2.0,2.1", true, false, false, "2020")]
    [TestCase("2.0,2.1", false, false, true, "2020,2021,2022,2023")]
    [TestCase("1.0", false, false, true, "")] // no version survives the spec filter
    public void Spec_filter_runs_first_then_first_last_and_all_among_survivors(
        string specs, bool first, bool last, bool all, string expectedYears)
    {
        var selected = VersionSelection.Select(Versions, Split(specs), new VersionFilter(first, last, all, []));

        Assert.That(string.Join(",", selected.Select(d => d.Version[..4])), Is.EqualTo(expectedYears));
    }

    [Test]
    public void Listed_versions_are_ored_with_first_and_last()
    {
        var key2021 = Key("2021-01-01T00:00:00Z");
        var selected = VersionSelection.Select(Versions, ["2.0", "2.1"], new VersionFilter(false, true, false, [key2021]));

        Assert.That(selected.Select(d => d.Version[..4]), Is.EqualTo(new[] { "2021", "2023" }));
    }

    [Test]
    public void A_listed_version_outside_the_latest_spec_version_is_not_selected()
    {
        var selected = VersionSelection.Select(Versions, [], new VersionFilter(false, false, false, [Key("2020-01-01T00:00:00Z")]));

        Assert.That(selected, Is.Empty);
    }

    private static string[] Split(string s) => s.Length == 0 ? [] : s.Split(',');

    private static string Key(string version) => StixVersion.TryParse(version, out var v) ? v.SortKey : throw new ArgumentException(version);

    private static ObjectDocument Doc(string spec, string version) =>
        new() { StixId = "x--1", SpecVersion = spec, Version = version, VersionKey = Key(version) };
}
