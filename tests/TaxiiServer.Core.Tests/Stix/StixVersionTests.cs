using TaxiiServer.Core.Stix;

namespace TaxiiServer.Core.Tests.Stix;

public class StixVersionTests
{
    [Test]
    public void Sort_keys_order_versions_in_time_whatever_their_precision()
    {
        string[] texts = ["2026-01-01T00:00:00.1Z", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00.05Z", "2025-12-31T23:59:59.999999999Z"];
        var ordered = texts.Select(Parse)
            .OrderBy(v => v.SortKey, StringComparer.Ordinal).Select(v => v.Text);
        Assert.That(ordered, Is.EqualTo(new[]
        {
            "2025-12-31T23:59:59.999999999Z", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00.05Z", "2026-01-01T00:00:00.1Z",
        }));
    }

    [Test]
    public void The_same_instant_written_differently_has_one_sort_key()
    {
        var a = Parse("2026-01-01T00:00:00.100Z");
        var b = Parse("2026-01-01T00:00:00.1Z");
        Assert.That(a.SortKey, Is.EqualTo(b.SortKey));
        Assert.That(a.Text, Is.Not.EqualTo(b.Text), "the producer's text is kept for the wire");
    }

    [Test]
    public void A_version_derived_from_date_added_is_that_taxii_timestamp()
    {
        var version = StixVersion.FromDateAdded(TaxiiTimestamp.Parse("2026-03-04T05:06:07.000008Z"));
        Assert.That(version.Text, Is.EqualTo("2026-03-04T05:06:07.000008Z"));
    }

    private static StixVersion Parse(string text) =>
        StixVersion.TryParse(text, out var version) ? version : throw new FormatException(text);
}
