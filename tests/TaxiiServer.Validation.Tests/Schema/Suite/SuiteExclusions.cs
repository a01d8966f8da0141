namespace TaxiiServer.Validation.Tests.Schema.Suite;

/// <summary>
/// The only place suite cases are excluded, each with the reason. Keys are "file | group description | test
/// description"; a test description of "*" excludes the whole group.
/// </summary>
internal static class SuiteExclusions
{
    public static readonly IReadOnlyDictionary<string, string> Reasons = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };

    public static string? Find(string file, string group, string test) =>
        Reasons.TryGetValue($"{file} | {group} | {test}", out var reason) || Reasons.TryGetValue($"{file} | {group} | *", out reason)
            ? reason
            : null;
}
