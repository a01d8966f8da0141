using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace TaxiiServer.Validation.Schema.Formats;

/// <summary>The formats asserted when <see cref="EvaluationOptions.AssertFormat"/> is on, by name.</summary>
internal static partial class FormatCheckers
{
    private static readonly Dictionary<string, Func<string, bool>> Checkers = new(StringComparer.Ordinal)
    {
        ["date-time"] = DateTimeFormat.IsDateTime,
        ["date"] = DateTimeFormat.IsDate,
        ["time"] = DateTimeFormat.IsTime,
        ["duration"] = value => DurationPattern().IsMatch(value),
        ["uri"] = UriFormat.IsUri,
        ["uri-reference"] = UriFormat.IsUriReference,
        ["iri"] = UriFormat.IsIri,
        ["iri-reference"] = UriFormat.IsIriReference,
        ["email"] = value => EmailFormat.IsEmail(value, international: false),
        ["idn-email"] = value => EmailFormat.IsEmail(value, international: true),
        ["hostname"] = HostnameFormat.IsHostname,
        ["idn-hostname"] = HostnameFormat.IsIdnHostname,
        ["ipv4"] = IpFormat.IsIPv4,
        ["ipv6"] = IpFormat.IsIPv6,
        ["uuid"] = value => UuidPattern().IsMatch(value),
        ["regex"] = SchemaRegex.IsValid,
        ["json-pointer"] = IsJsonPointer,
    };

    public static bool TryGet(string format, [NotNullWhen(true)] out Func<string, bool>? check) => Checkers.TryGetValue(format, out check);

    private static bool IsJsonPointer(string value)
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
