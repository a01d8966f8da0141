using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace TaxiiServer.Validation.Schema.Formats;

/// <summary>Checks one string against a format; spans let the common formats (uri) run without allocating.</summary>
internal delegate bool FormatCheck(ReadOnlySpan<char> value);

/// <summary>The formats asserted when <see cref="EvaluationOptions.AssertFormat"/> is on, by name.</summary>
internal static partial class FormatCheckers
{
    private static readonly Dictionary<string, FormatCheck> Checkers = new(StringComparer.Ordinal)
    {
        ["date-time"] = value => DateTimeFormat.IsDateTime(value.ToString()),
        ["date"] = value => DateTimeFormat.IsDate(value.ToString()),
        ["time"] = value => DateTimeFormat.IsTime(value.ToString()),
        ["duration"] = value => DurationPattern().IsMatch(value),
        ["uri"] = UriFormat.IsUri,
        ["uri-reference"] = UriFormat.IsUriReference,
        ["iri"] = UriFormat.IsIri,
        ["iri-reference"] = UriFormat.IsIriReference,
        ["email"] = value => EmailFormat.IsEmail(value.ToString(), international: false),
        ["idn-email"] = value => EmailFormat.IsEmail(value.ToString(), international: true),
        ["hostname"] = value => HostnameFormat.IsHostname(value.ToString()),
        ["idn-hostname"] = value => HostnameFormat.IsIdnHostname(value.ToString()),
        ["ipv4"] = IpFormat.IsIPv4,
        ["ipv6"] = value => IpFormat.IsIPv6(value.ToString()),
        ["uuid"] = value => UuidPattern().IsMatch(value),
        ["regex"] = value => SchemaRegex.IsValid(value.ToString()),
        ["json-pointer"] = IsJsonPointer,
    };

    public static bool TryGet(string format, [NotNullWhen(true)] out FormatCheck? check) => Checkers.TryGetValue(format, out check);

    private static bool IsJsonPointer(ReadOnlySpan<char> value)
    {
        if (value.Length > 0 && value[0] != '/')
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '~' && (i + 1 >= value.Length || (value[i + 1] != '0' && value[i + 1] != '1')))
            {
                return false;
            }
        }

        return true;
    }

    // RFC 3339 appendix A: units in order, each optional part only after its larger neighbour; weeks stand alone.
    [GeneratedRegex(@"^P(?:(?:[0-9]+D|[0-9]+M(?:[0-9]+D)?|[0-9]+Y(?:[0-9]+M(?:[0-9]+D)?)?)(?:T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S))?|T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S)|[0-9]+W)\z", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\z", RegexOptions.CultureInvariant)]
    private static partial Regex UuidPattern();
}
