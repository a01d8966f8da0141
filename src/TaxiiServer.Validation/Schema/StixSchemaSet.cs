using System.Collections.Concurrent;
using TaxiiServer.Core.Stix;

namespace TaxiiServer.Validation.Schema;

/// <summary>
/// A folder of STIX 2.1 schemas, loaded and compiled once, that answers "which schema judges an object of this
/// type" the way the OASIS procedure does: sdos/, sros/, observables/ or common/ by type name, and for custom types
/// common/core.json, or common/cyber-observable-core.json when the object has neither created nor modified.
/// </summary>
public sealed class StixSchemaSet
{
    private static readonly string[] Folders = ["sdos", "sros", "observables", "common"];
    private static readonly EvaluationOptions Options = new() { AssertFormat = true };

    // Type names come from partners: the answers for names without a schema of their own (custom types) are kept
    // only up to this many, so a flood of invented type names cannot grow the cache without bound.
    internal const int MaxRememberedCustomTypes = 4096;

    private readonly SchemaRegistry _registry = new();
    private readonly ConcurrentDictionary<string, CompiledSchema?> _byType;
    private readonly ConcurrentDictionary<string, CompiledSchema?>.AlternateLookup<ReadOnlySpan<char>> _byTypeName;

    public StixSchemaSet(string folder)
    {
        _byType = new(StringComparer.Ordinal);
        _byTypeName = _byType.GetAlternateLookup<ReadOnlySpan<char>>();
        Folder = Path.GetFullPath(folder);
        FileCount = _registry.LoadFolder(Folder);
        CustomObject = _registry.FindByRelativePath("common/core.json", Options)
            ?? throw new SchemaLoadException($"Schema folder {Folder} has no common/core.json.");
        CustomObservable = _registry.FindByRelativePath("common/cyber-observable-core.json", Options)
            ?? throw new SchemaLoadException($"Schema folder {Folder} has no common/cyber-observable-core.json.");
    }

    public string Folder { get; }

    public int FileCount { get; }

    private CompiledSchema CustomObject { get; }

    private CompiledSchema CustomObservable { get; }

    /// <summary>The schema for <paramref name="type"/>, or the custom-object schema when the folder has none.</summary>
    public CompiledSchema For(string type, bool hasCreatedOrModified) =>
        Lookup(type) ?? (hasCreatedOrModified ? CustomObject : CustomObservable);

    /// <summary>As <see cref="For(string, bool)"/>; a type seen before is found without building a string.</summary>
    public CompiledSchema For(ReadOnlySpan<char> type, bool hasCreatedOrModified) =>
        _byTypeName.TryGetValue(type, out var schema)
            ? schema ?? (hasCreatedOrModified ? CustomObject : CustomObservable)
            : For(type.ToString(), hasCreatedOrModified);

    /// <summary>Whether the folder has a schema of its own for <paramref name="type"/>.</summary>
    public bool Defines(string type) => Lookup(type) is not null;

    /// <summary>How many type names the set remembers; for tests of the bound.</summary>
    internal int RememberedTypes => _byType.Count;

    private CompiledSchema? Lookup(string type)
    {
        if (_byType.TryGetValue(type, out var known))
        {
            return known;
        }

        var found = Find(type);
        if (found is not null || _byType.Count < MaxRememberedCustomTypes)
        {
            _byType.TryAdd(type, found);
        }

        return found;
    }

    private CompiledSchema? Find(string type)
    {
        // Only spec-shaped type names reach the file system; anything else is custom by definition.
        if (!StixTypeName.IsValid(type))
        {
            return null;
        }

        foreach (var folder in Folders)
        {
            if (_registry.FindByRelativePath($"{folder}/{type}.json", Options) is { } schema)
            {
                return schema;
            }
        }

        return null;
    }
}
