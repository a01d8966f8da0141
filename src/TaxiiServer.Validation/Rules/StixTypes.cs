using TaxiiServer.Core.Stix;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// The specification's object categories, looked up by character span so that rules can classify an object or a
/// reference's type prefix without allocating. Types outside these sets are custom.
/// </summary>
internal static class StixTypes
{
    public static readonly HashSet<string> Sdos = new(StringComparer.Ordinal)
    {
        "attack-pattern", "campaign", "course-of-action", "grouping", "identity", "incident", "indicator",
        "infrastructure", "intrusion-set", "location", "malware", "malware-analysis", "note", "observed-data",
        "opinion", "report", "threat-actor", "tool", "vulnerability",
    };

    public static readonly HashSet<string> Sros = new(StringComparer.Ordinal) { "relationship", "sighting" };

    /// <summary>Objects that are neither domain nor observable objects, and the bundle wrapper.</summary>
    public static readonly HashSet<string> NonDomain = new(StringComparer.Ordinal)
    {
        "relationship", "sighting", "marking-definition", "language-content", "extension-definition", "bundle",
    };

    public static readonly HashSet<string> Scos = new(StixTypeName.Observables, StringComparer.Ordinal);

    public static readonly HashSet<string> SpecDefined = new(StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SdoLookup = Sdos.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ScoLookup = Scos.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NonDomainLookup = NonDomain.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpecLookup;

    static StixTypes()
    {
        SpecDefined.UnionWith(Sdos);
        SpecDefined.UnionWith(Scos);
        SpecDefined.UnionWith(NonDomain);
        SpecDefined.Remove("bundle");
        SpecLookup = SpecDefined.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static bool IsSdo(ReadOnlySpan<char> type) => SdoLookup.Contains(type);

    public static bool IsSco(ReadOnlySpan<char> type) => ScoLookup.Contains(type);

    public static bool IsNonDomain(ReadOnlySpan<char> type) => NonDomainLookup.Contains(type);

    /// <summary>Whether the STIX 2.1 specification defines this object type (the bundle is not a STIX object).</summary>
    public static bool IsSpecDefined(ReadOnlySpan<char> type) => SpecLookup.Contains(type);

    /// <summary>A custom type: one the specification does not define (it may be a custom SDO or a custom SCO).</summary>
    public static bool IsCustom(ReadOnlySpan<char> type) => !IsSpecDefined(type) && !type.SequenceEqual("bundle");
}
