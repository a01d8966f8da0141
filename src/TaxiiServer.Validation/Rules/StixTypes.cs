using System.Collections.Frozen;
using TaxiiServer.Core.Stix;
using TaxiiServer.Validation.Json;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// The specification's object types by category, looked up by character span so that rules can classify an object or
/// a reference's type prefix without allocating. Types outside this table are custom.
/// </summary>
internal static class StixTypes
{
    private static readonly string[] Sdos =
    [
        "attack-pattern", "campaign", "course-of-action", "grouping", "identity", "incident", "indicator",
        "infrastructure", "intrusion-set", "location", "malware", "malware-analysis", "note", "observed-data",
        "opinion", "report", "threat-actor", "tool", "vulnerability",
    ];

    private static readonly string[] Sros = ["relationship", "sighting"];

    private static readonly string[] Meta = ["marking-definition", "language-content", "extension-definition"];

    /// <summary>Every spec-defined type and the bundle, each at its <see cref="StixType.Index"/>.</summary>
    public static readonly StixType[] All = Build();

    private static readonly FrozenDictionary<string, StixType> ByName =
        All.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, StixType>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Utf8NameTable<StixType> Utf8Lookup = new(All.ToDictionary(t => t.Name, StringComparer.Ordinal));

    /// <summary>The spec-defined type (or bundle) named <paramref name="name"/>; null for custom types and empty names.</summary>
    public static StixType? Find(ReadOnlySpan<char> name) => Lookup.TryGetValue(name, out var type) ? type : null;

    /// <summary>As <see cref="Find(ReadOnlySpan{char})"/>, for a name given as unescaped UTF-8.</summary>
    public static StixType? Find(ReadOnlySpan<byte> utf8Name) => Utf8Lookup.TryGet(utf8Name, out _, out var type) ? type : null;

    /// <summary>The type named <paramref name="name"/>, which must be spec-defined (for the rules' own tables).</summary>
    public static StixType Get(string name) =>
        ByName.TryGetValue(name, out var type) ? type : throw new ArgumentException($"'{name}' is not a spec-defined type.", nameof(name));

    /// <summary>A table with one slot per type, filled from a map keyed by type name (for rules' per-type data).</summary>
    public static T?[] Table<T>(IReadOnlyDictionary<string, T> byName)
        where T : class
    {
        var table = new T?[All.Length];
        foreach (var (name, value) in byName)
        {
            table[Get(name).Index] = value;
        }

        return table;
    }

    private static StixType[] Build()
    {
        var all = new List<StixType>();
        void Add(IEnumerable<string> names, StixCategory category)
        {
            foreach (var name in names)
            {
                all.Add(new StixType(name, all.Count, category));
            }
        }

        Add(Sdos, StixCategory.Sdo);
        Add(Sros, StixCategory.Sro);
        Add(StixTypeName.Observables, StixCategory.Sco);
        Add(Meta, StixCategory.Meta);
        Add(["bundle"], StixCategory.Bundle);
        return [.. all];
    }
}
