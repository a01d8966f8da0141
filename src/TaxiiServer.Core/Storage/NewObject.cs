using TaxiiServer.Core.Stix;

namespace TaxiiServer.Core.Storage;

/// <summary>
/// An object version accepted by validation and ready to store.
/// </summary>
/// <param name="Id">The STIX id.</param>
/// <param name="Type">The STIX type (the id's prefix).</param>
/// <param name="SpecVersion"><c>2.1</c>, or <c>2.0</c> for objects without <c>spec_version</c>.</param>
/// <param name="Version">
/// <c>modified</c> or else <c>created</c>; null for objects with neither, whose version the store derives from the
/// date_added of the id's first arrival in the collection.
/// </param>
/// <param name="ContentHash">A hash of the object's canonical JSON: equal hashes mean an identical re-POST.</param>
/// <param name="Raw">The object's UTF-8 JSON exactly as received, returned byte for byte to readers.</param>
public sealed record NewObject(
    string Id,
    string Type,
    string SpecVersion,
    StixVersion? Version,
    string ContentHash,
    ReadOnlyMemory<byte> Raw);
