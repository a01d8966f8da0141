using System.Globalization;

namespace TaxiiServer.Core.Stix;

/// <summary>
/// A TAXII timestamp (date_added, request_timestamp): UTC with microsecond precision, held as microseconds since the
/// Unix epoch so that ordering and "one microsecond later" are plain integer arithmetic.
/// </summary>
public readonly record struct TaxiiTimestamp(long Microseconds) : IComparable<TaxiiTimestamp>
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    public static TaxiiTimestamp FromDateTimeOffset(DateTimeOffset value) =>
        new((value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TicksPerMicrosecond);

    public DateTimeOffset ToDateTimeOffset() =>
        new(DateTimeOffset.UnixEpoch.UtcTicks + (Microseconds * TicksPerMicrosecond), TimeSpan.Zero);

    public TaxiiTimestamp Next() => new(Microseconds + 1);

    public int CompareTo(TaxiiTimestamp other) => Microseconds.CompareTo(other.Microseconds);

    public static bool operator <(TaxiiTimestamp left, TaxiiTimestamp right) => left.Microseconds < right.Microseconds;
    public static bool operator >(TaxiiTimestamp left, TaxiiTimestamp right) => left.Microseconds > right.Microseconds;
    public static bool operator <=(TaxiiTimestamp left, TaxiiTimestamp right) => left.Microseconds <= right.Microseconds;
    public static bool operator >=(TaxiiTimestamp left, TaxiiTimestamp right) => left.Microseconds >= right.Microseconds;

    /// <summary>Formats as <c>YYYY-MM-DDTHH:MM:SS.ffffffZ</c>: exactly six fractional digits, as TAXII requires.</summary>
    public override string ToString() =>
        ToDateTimeOffset().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses an inbound TAXII timestamp (added_after, match[version]): 0 to 9 fractional digits and a <c>Z</c>.
    /// Digits beyond the microsecond are truncated, which keeps "greater than" comparisons exact because stored
    /// values have microsecond granularity.
    /// </summary>
    public static bool TryParse(string? text, out TaxiiTimestamp value)
    {
        value = default;
        if (!RfcTimestamp.TryParse(text, out var parsed))
        {
            return false;
        }

        value = new TaxiiTimestamp(parsed.UnixMicroseconds);
        return true;
    }

    public static TaxiiTimestamp Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a TAXII timestamp.");
}
