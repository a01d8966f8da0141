using TaxiiServer.Core.Stix;

namespace TaxiiServer.Core.Storage;

/// <summary>One stored object version. <see cref="Raw"/> is empty when the query did not ask for content.</summary>
public sealed record StoredObject(
    string Id,
    string Type,
    string Version,
    string SpecVersion,
    TaxiiTimestamp DateAdded,
    ReadOnlyMemory<byte> Raw);

/// <summary>A page of records in date_added order and whether more match beyond it.</summary>
public sealed record ObjectPage(IReadOnlyList<StoredObject> Items, bool More);
