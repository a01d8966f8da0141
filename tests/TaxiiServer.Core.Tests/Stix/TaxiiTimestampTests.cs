using TaxiiServer.Core.Stix;

namespace TaxiiServer.Core.Tests.Stix;

public class TaxiiTimestampTests
{
    [Test]
    public void Formats_with_exactly_six_fractional_digits()
    {
        var ts = TaxiiTimestamp.FromDateTimeOffset(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(10));
        Assert.That(ts.ToString(), Is.EqualTo("2026-01-02T03:04:05.000001Z"));
    }

    [TestCase("2026-01-02T03:04:05Z", "2026-01-02T03:04:05.000000Z")] // taxii2-client drops the fraction when µs = 0
    [TestCase("2026-01-02T03:04:05.1Z", "2026-01-02T03:04:05.100000Z")]
    [TestCase("2026-01-02T03:04:05.123Z", "2026-01-02T03:04:05.123000Z")]
    [TestCase("2026-01-02T03:04:05.123456Z", "2026-01-02T03:04:05.123456Z")]
    [TestCase("2026-01-02T03:04:05.123456789Z", "2026-01-02T03:04:05.123456Z")] // nanoseconds truncate
    public void Parses_zero_to_nine_fractional_digits(string text, string expected)
    {
        Assert.That(TaxiiTimestamp.TryParse(text, out var ts), Is.True);
        Assert.That(ts.ToString(), Is.EqualTo(expected));
    }

    [TestCase("2026-01-02T03:04:05")] // no Z
    [TestCase("2026-01-02T03:04:05+00:00")] // offsets are not TAXII timestamps
    [TestCase("2026-01-02 03:04:05Z")] // space separator
    [TestCase("2026-02-30T03:04:05Z")] // not a real date
    [TestCase("2026-01-02T03:04:05.1234567890Z")] // ten fractional digits
    [TestCase("2026-01-02T03:04:05.Z")] // dot without digits
    [TestCase("2026-01-02t03:04:05Z")] // lower-case t
    [TestCase("")]
    [TestCase(null)]
    public void Rejects_what_is_not_a_taxii_timestamp(string? text)
    {
        Assert.That(TaxiiTimestamp.TryParse(text, out _), Is.False);
    }

    [Test]
    public void Round_trips_through_microseconds()
    {
        var ts = TaxiiTimestamp.Parse("2026-11-23T10:00:00.654321Z");
        Assert.That(new TaxiiTimestamp(ts.Microseconds).ToString(), Is.EqualTo("2026-11-23T10:00:00.654321Z"));
        Assert.That(ts.Next().ToString(), Is.EqualTo("2026-11-23T10:00:00.654322Z"));
    }
}
