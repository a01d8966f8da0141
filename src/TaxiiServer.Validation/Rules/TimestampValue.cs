using System.Text.Json;
using TaxiiServer.Core.Stix;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// A STIX timestamp reduced to whole seconds and nanoseconds, so two timestamps compare exactly whatever precision
/// each was written with: the same order as <see cref="RfcTimestamp.SortKey"/>, without building the key strings.
/// The shape accepted is <see cref="RfcTimestamp"/>'s: <c>YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z</c> naming a real date.
/// </summary>
internal readonly record struct TimestampValue(long Seconds, int Nanoseconds) : IComparable<TimestampValue>
{
    public int CompareTo(TimestampValue other) =>
        Seconds != other.Seconds ? Seconds.CompareTo(other.Seconds) : Nanoseconds.CompareTo(other.Nanoseconds);

    public static bool operator <(TimestampValue left, TimestampValue right) => left.CompareTo(right) < 0;
    public static bool operator >(TimestampValue left, TimestampValue right) => left.CompareTo(right) > 0;
    public static bool operator <=(TimestampValue left, TimestampValue right) => left.CompareTo(right) <= 0;
    public static bool operator >=(TimestampValue left, TimestampValue right) => left.CompareTo(right) >= 0;

    /// <summary>Reads a string element as a timestamp; false when it is not a string or not a valid timestamp.</summary>
    public static bool TryRead(JsonElement element, out TimestampValue value)
    {
        value = default;
        if (JsonText.TryRawUtf8(element, out var utf8))
        {
            return TryParse(utf8, out value);
        }

        if (element.ValueKind != JsonValueKind.String || !RfcTimestamp.TryParse(element.GetString(), out var parsed))
        {
            return false;
        }

        value = new TimestampValue(parsed.Seconds.Ticks / TimeSpan.TicksPerSecond, parsed.Nanoseconds);
        return true;
    }

    /// <summary>Reads a named property of an object as a timestamp; false when absent or invalid.</summary>
    public static bool TryRead(JsonElement obj, ReadOnlySpan<byte> name, out TimestampValue value)
    {
        value = default;
        return obj.TryGetProperty(name, out var element) && TryRead(element, out value);
    }

    private static bool TryParse(ReadOnlySpan<byte> s, out TimestampValue value)
    {
        value = default;
        if (s.Length < 20 || s[^1] != 'Z' || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        if (!TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month) ||
            !TryDigits(s.Slice(8, 2), out var day) || !TryDigits(s.Slice(11, 2), out var hour) ||
            !TryDigits(s.Slice(14, 2), out var minute) || !TryDigits(s.Slice(17, 2), out var second))
        {
            return false;
        }

        var nanos = 0;
        var rest = s[19..^1];
        if (rest.Length > 0)
        {
            if (rest[0] != '.' || rest.Length is < 2 or > 10 || !TryDigits(rest[1..], out nanos))
            {
                return false;
            }

            for (var i = rest.Length - 1; i < 9; i++)
            {
                nanos *= 10;
            }
        }

        if (year < 1 || month is < 1 or > 12 || hour > 23 || minute > 59 || second > 59 ||
            day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var date = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc);
        value = new TimestampValue(date.Ticks / TimeSpan.TicksPerSecond, nanos);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> span, out int value)
    {
        value = 0;
        foreach (var b in span)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return span.Length > 0;
    }
}
