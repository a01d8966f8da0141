namespace TaxiiServer.Core.Stix;

/// <summary>
/// A parsed <c>YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z</c> timestamp, the one shape both STIX and TAXII use. Parsed by hand
/// because DateTime parsing accepts offsets, lower-case separators and other shapes STIX forbids, and stops at
/// 7 fractional digits.
/// </summary>
public readonly record struct RfcTimestamp(DateTime Seconds, int Nanoseconds, int FractionDigits)
{
    public long UnixMicroseconds =>
        ((Seconds.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond * 1_000_000) + (Nanoseconds / 1000);

    /// <summary>
    /// A fixed-width, lexically ordered rendering with nine fractional digits: two timestamps compare as strings
    /// exactly as they compare in time, whatever precision each was written with.
    /// </summary>
    public string SortKey => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Seconds:yyyy-MM-dd'T'HH:mm:ss}.{Nanoseconds:D9}Z");

    public static bool TryParse(string? text, out RfcTimestamp value)
    {
        value = default;
        return text is not null && TryParse(text.AsSpan(), out value);
    }

    /// <summary>As <see cref="TryParse(string?, out RfcTimestamp)"/>, over characters (no string needed).</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out RfcTimestamp value)
    {
        value = default;
        if (s.Length < 20 || s[^1] != 'Z')
        {
            return false;
        }

        if (s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
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
        var digits = 0;
        var rest = s[19..^1];
        if (rest.Length > 0)
        {
            if (rest[0] != '.' || rest.Length < 2 || rest.Length > 10 || !TryDigits(rest[1..], out var fraction))
            {
                return false;
            }

            digits = rest.Length - 1;
            nanos = fraction;
            for (var i = digits; i < 9; i++)
            {
                nanos *= 10;
            }
        }

        // Leap seconds (:60) are legal RFC 3339 but not representable; STIX producers do not emit them.
        if (year < 1 || month is < 1 or > 12 || hour > 23 || minute > 59 || second > 59 ||
            day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new RfcTimestamp(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc), nanos, digits);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> span, out int value)
    {
        value = 0;
        foreach (var c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return span.Length > 0;
    }
}
