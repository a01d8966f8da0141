namespace TaxiiServer.Core.Taxii;

/// <summary>
/// A collection. <see cref="Id"/> is a UUID, unique across the whole server, so grants can name a collection without
/// its API root.
/// </summary>
public sealed record CollectionInfo(
    string Id,
    string ApiRoot,
    string Title,
    string? Description,
    string? Alias,
    IReadOnlyList<string> MediaTypes)
{
    public bool Accepts(string specVersion) =>
        MediaTypes.Any(m => string.Equals(m.Replace(" ", "", StringComparison.Ordinal),
            Stix.SpecVersion.MediaType(specVersion), StringComparison.OrdinalIgnoreCase));
}
