namespace TaxiiServer.Validation.Rules;

/// <summary>What kind of object a spec-defined type names.</summary>
internal enum StixCategory
{
    /// <summary>A STIX Domain Object (attack-pattern, identity, ...).</summary>
    Sdo,

    /// <summary>A STIX Relationship Object (relationship, sighting).</summary>
    Sro,

    /// <summary>A STIX Cyber-observable Object (file, ipv4-addr, ...).</summary>
    Sco,

    /// <summary>marking-definition, language-content, extension-definition: neither domain nor observable objects.</summary>
    Meta,

    /// <summary>The bundle wrapper, which is not a STIX object at all.</summary>
    Bundle,
}

/// <summary>
/// One type the specification defines (or <c>bundle</c>), resolved once per object so that rules compare
/// references and index tables by <see cref="Index"/> instead of hashing the type name again.
/// </summary>
internal sealed class StixType(string name, int index, StixCategory category)
{
    public string Name { get; } = name;

    /// <summary>Position in <see cref="StixTypes.All"/>: rules keep per-type tables as arrays indexed by it.</summary>
    public int Index { get; } = index;

    public StixCategory Category { get; } = category;

    /// <summary>Whether the STIX 2.1 specification defines this type (the bundle is not a STIX object).</summary>
    public bool IsSpecDefined => Category != StixCategory.Bundle;

    /// <summary>Relationships, sightings, the meta objects and the bundle: what an SDO-or-SCO reference must not name.</summary>
    public bool IsNonDomain => Category is StixCategory.Sro or StixCategory.Meta or StixCategory.Bundle;

    public override string ToString() => Name;
}
