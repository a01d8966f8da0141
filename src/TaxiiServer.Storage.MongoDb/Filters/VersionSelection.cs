using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb.Documents;

namespace TaxiiServer.Storage.MongoDb.Filters;

/// <summary>
/// The match[spec_version] then match[version] rules applied in memory to the versions of one object. DeleteAsync
/// reads the (few) versions of its id and uses this; QueryAsync states the same rules in its aggregation pipeline
/// (ObjectQueryPipeline), where the server applies them.
/// </summary>
internal static class VersionSelection
{
    /// <summary>Picks, among the versions of one id, those the spec-version and version filters select.</summary>
    public static IReadOnlyList<ObjectDocument> Select(
        IReadOnlyList<ObjectDocument> versionsOfOneId, IReadOnlyList<string> specVersions, VersionFilter versions)
    {
        ArgumentNullException.ThrowIfNull(versionsOfOneId);
        ArgumentNullException.ThrowIfNull(specVersions);
        ArgumentNullException.ThrowIfNull(versions);
        if (versionsOfOneId.Count == 0)
        {
            return [];
        }

        List<ObjectDocument> surviving;
        if (specVersions.Count == 0)
        {
            var latest = versionsOfOneId.Max(d => d.SpecVersion, StringComparer.Ordinal);
            surviving = versionsOfOneId.Where(d => string.Equals(d.SpecVersion, latest, StringComparison.Ordinal)).ToList();
        }
        else
        {
            surviving = versionsOfOneId.Where(d => specVersions.Contains(d.SpecVersion, StringComparer.Ordinal)).ToList();
        }

        if (versions.All || surviving.Count == 0)
        {
            return surviving;
        }

        var first = surviving.Min(d => d.VersionKey, StringComparer.Ordinal);
        var last = surviving.Max(d => d.VersionKey, StringComparer.Ordinal);
        return surviving.Where(d =>
                (versions.First && string.Equals(d.VersionKey, first, StringComparison.Ordinal)) ||
                (versions.Last && string.Equals(d.VersionKey, last, StringComparison.Ordinal)) ||
                versions.SortKeys.Contains(d.VersionKey, StringComparer.Ordinal))
            .ToList();
    }

    private static string Max<T>(this IEnumerable<T> source, Func<T, string> key, StringComparer comparer) =>
        source.Select(key).Aggregate((a, b) => comparer.Compare(a, b) >= 0 ? a : b);

    private static string Min<T>(this IEnumerable<T> source, Func<T, string> key, StringComparer comparer) =>
        source.Select(key).Aggregate((a, b) => comparer.Compare(a, b) <= 0 ? a : b);
}
