using System.Globalization;
using System.Text.RegularExpressions;

namespace TaxiiServer.Api.Tests.Infrastructure;

/// <summary>TAXII timestamps on the test side: the exact outbound format, and microsecond arithmetic.</summary>
public static partial class TaxiiTime
{
    /// <summary><c>YYYY-MM-DDTHH:MM:SS.ffffffZ</c>: UTC with exactly six fractional digits.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$")]
    public static partial Regex Format();

    /// <summary>Microseconds since the Unix epoch of a timestamp in the outbound format.</summary>
    public static long ToMicros(string timestamp)
    {
        Assert.That(timestamp, Does.Match(Format()), "TAXII timestamps have exactly six fractional digits");
        var parsed = DateTime.ParseExact(timestamp, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        return (parsed.Ticks - DateTime.UnixEpoch.Ticks) / 10;
    }

    /// <summary>Renders microseconds since the epoch in the outbound format.</summary>
    public static string FromMicros(long micros) =>
        new DateTime(DateTime.UnixEpoch.Ticks + (micros * 10), DateTimeKind.Utc)
            .ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// The same instant written with <paramref name="digits"/> fractional digits (0-9): fewer than six truncate,
    /// more than six append zeros.
    /// </summary>
    public static string WithFractionDigits(string timestamp, int digits)
    {
        var seconds = timestamp[..19];
        var fraction = timestamp[20..26];
        return digits switch
        {
            0 => seconds + "Z",
            <= 6 => seconds + "." + fraction[..digits] + "Z",
            _ => seconds + "." + fraction + new string('0', digits - 6) + "Z",
        };
    }
}
