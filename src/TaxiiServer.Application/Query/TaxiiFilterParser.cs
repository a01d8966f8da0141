using TaxiiServer.Application.Options;
using TaxiiServer.Core.Errors;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Application.Query;

/// <summary>
/// Parses TAXII query parameters. Repeated parameters and comma-separated values are ORed; a <c>match[...]</c>
/// field the endpoint does not support is a 400, other unknown parameters are ignored (clients add cache-busters).
/// </summary>
public static class TaxiiFilterParser
{
    private const string AddedAfter = "added_after";
    private const string Limit = "limit";
    private const string Next = "next";
    private const string MatchId = "match[id]";
    private const string MatchType = "match[type]";
    private const string MatchVersion = "match[version]";
    private const string MatchSpecVersion = "match[spec_version]";

    public static Result<TaxiiFilters> Parse(
        QueryEndpoint endpoint, IEnumerable<KeyValuePair<string, string?>> parameters, PagingOptions paging)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in parameters)
        {
            if (!values.TryGetValue(key, out var list))
            {
                values[key] = list = [];
            }

            foreach (var part in (value ?? "").Split(',', StringSplitOptions.TrimEntries))
            {
                list.Add(part);
            }
        }

        foreach (var key in values.Keys)
        {
            if (!IsAllowed(endpoint, key))
            {
                return key.StartsWith("match[", StringComparison.Ordinal)
                    ? TaxiiProblem.BadFilter($"The filter '{key}' is not supported here; supported: {string.Join(", ", Allowed(endpoint))}.")
                    : TaxiiProblem.BadFilter($"The parameter '{key}' is not supported here.");
            }
        }

        TaxiiTimestamp? addedAfter = null;
        if (values.TryGetValue(AddedAfter, out var added))
        {
            if (added.Count != 1 || !TaxiiTimestamp.TryParse(added[0], out var parsed))
            {
                return TaxiiProblem.BadFilter("added_after must be one timestamp of the form YYYY-MM-DDTHH:MM:SS[.fraction]Z.");
            }

            addedAfter = parsed;
        }

        var limit = paging.DefaultLimit;
        if (values.TryGetValue(Limit, out var limits))
        {
            if (limits.Count != 1 || !int.TryParse(limits[0], System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out limit) || limit <= 0)
            {
                return TaxiiProblem.BadFilter("limit must be a positive integer.");
            }
        }

        string? next = null;
        if (values.TryGetValue(Next, out var nexts))
        {
            if (nexts.Count != 1 || nexts[0].Length == 0)
            {
                return new TaxiiProblem(TaxiiErrorCode.InvalidCursor, "next must be one token from a previous response.");
            }

            next = nexts[0];
        }

        var ids = NonEmpty(values, MatchId, out var idProblem);
        var types = NonEmpty(values, MatchType, out var typeProblem);
        var specVersions = NonEmpty(values, MatchSpecVersion, out var specProblem);
        if ((idProblem ?? typeProblem ?? specProblem) is { } emptyProblem)
        {
            return emptyProblem;
        }

        if (specVersions.FirstOrDefault(v => !IsSpecVersion(v)) is { } badSpec)
        {
            return TaxiiProblem.BadFilter($"match[spec_version] value '{badSpec}' is not a STIX version such as 2.1.");
        }

        var versions = endpoint is QueryEndpoint.Versions ? VersionFilter.AllVersions : VersionFilter.LastOnly;
        if (values.TryGetValue(MatchVersion, out var versionValues))
        {
            var parsedVersions = ParseVersions(versionValues);
            if (!parsedVersions.IsSuccess)
            {
                return parsedVersions.Problem;
            }

            versions = parsedVersions.Value;
        }
        else if (endpoint is QueryEndpoint.Delete)
        {
            // Hub: DELETE without match[version] removes every version of the object.
            versions = VersionFilter.AllVersions;
        }

        return new TaxiiFilters(addedAfter, Math.Min(limit, paging.MaxLimit), next, ids, types, versions, specVersions);
    }

    private static Result<VersionFilter> ParseVersions(List<string> values)
    {
        bool first = false, last = false, all = false;
        var keys = new List<string>();
        foreach (var value in values)
        {
            switch (value)
            {
                case "first": first = true; break;
                case "last": last = true; break;
                case "all": all = true; break;
                default:
                    if (!RfcTimestamp.TryParse(value, out var timestamp))
                    {
                        return TaxiiProblem.BadFilter(
                            $"match[version] value '{value}' is not 'first', 'last', 'all' or a timestamp YYYY-MM-DDTHH:MM:SS[.fraction]Z.");
                    }

                    keys.Add(timestamp.SortKey);
                    break;
            }
        }

        return new VersionFilter(first, last, all, keys);
    }

    private static List<string> NonEmpty(Dictionary<string, List<string>> values, string key, out TaxiiProblem? problem)
    {
        problem = null;
        if (!values.TryGetValue(key, out var list))
        {
            return [];
        }

        if (list.Any(string.IsNullOrEmpty))
        {
            problem = TaxiiProblem.BadFilter($"{key} must not have empty values.");
        }

        return list.Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool IsSpecVersion(string value) =>
        value.Length >= 3 && value.Count(c => c == '.') == 1 && value.All(c => char.IsAsciiDigit(c) || c == '.') &&
        value[0] != '.' && value[^1] != '.';

    private static bool IsAllowed(QueryEndpoint endpoint, string key) =>
        !(key.StartsWith("match[", StringComparison.Ordinal) || key is AddedAfter or Limit or Next) ||
        Allowed(endpoint).Contains(key);

    private static string[] Allowed(QueryEndpoint endpoint) => endpoint switch
    {
        QueryEndpoint.Objects or QueryEndpoint.Manifest =>
            [AddedAfter, Limit, Next, MatchId, MatchType, MatchVersion, MatchSpecVersion],
        QueryEndpoint.SingleObject => [AddedAfter, Limit, Next, MatchVersion, MatchSpecVersion],
        QueryEndpoint.Versions => [AddedAfter, Limit, Next, MatchSpecVersion],
        _ => [MatchVersion, MatchSpecVersion],
    };
}
