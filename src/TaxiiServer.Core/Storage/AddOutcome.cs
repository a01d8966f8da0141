using TaxiiServer.Core.Stix;

namespace TaxiiServer.Core.Storage;

public enum AddOutcomeKind
{
    /// <summary>A new version, stored and committed.</summary>
    Added,

    /// <summary>The same (id, version) with an identical body was already stored: nothing changed.</summary>
    Unchanged,

    /// <summary>The same (id, version) is stored with a different body: the stored one is kept.</summary>
    Conflict,
}

/// <summary>What happened to one <see cref="NewObject"/>, in the order they were given.</summary>
public sealed record AddOutcome(string Id, string Version, AddOutcomeKind Kind, TaxiiTimestamp DateAdded);
