namespace TaxiiServer.Core.Storage;

/// <summary>
/// The parsed <c>match[version]</c>: any combination of first, last, all and explicit version sort keys, ORed.
/// </summary>
public sealed record VersionFilter(bool First, bool Last, bool All, IReadOnlyList<string> SortKeys)
{
    public static VersionFilter LastOnly { get; } = new(false, true, false, []);
    public static VersionFilter AllVersions { get; } = new(false, false, true, []);
}
