using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Core.Storage;

/// <summary>Discovery settings, API roots and collections. Create methods never overwrite an existing entry.</summary>
public interface ICatalogStore
{
    Task<DiscoveryInfo?> GetDiscoveryAsync(CancellationToken ct);

    /// <summary>Stores discovery settings unless some are already stored; returns whether it wrote them.</summary>
    Task<bool> TryCreateDiscoveryAsync(DiscoveryInfo discovery, CancellationToken ct);

    /// <summary>All API roots, ordered by name.</summary>
    Task<IReadOnlyList<ApiRootInfo>> GetApiRootsAsync(CancellationToken ct);

    Task<ApiRootInfo?> FindApiRootAsync(string name, CancellationToken ct);

    /// <summary>Stores a new API root with every field, its validation setting included; false when the name is taken.</summary>
    Task<bool> TryCreateApiRootAsync(ApiRootInfo apiRoot, CancellationToken ct);

    /// <summary>
    /// Replaces title, description, max content length and the stored validation setting of an API root (an unset
    /// validation field is stored as unset); false when it does not exist.
    /// </summary>
    Task<bool> UpdateApiRootAsync(ApiRootInfo apiRoot, CancellationToken ct);

    /// <summary>Deletes an API root (callers first make sure it holds no collection); false when it did not exist.</summary>
    Task<bool> DeleteApiRootAsync(string name, CancellationToken ct);

    /// <summary>The collections of one API root, in a stable order (by title, then id).</summary>
    Task<IReadOnlyList<CollectionInfo>> GetCollectionsAsync(string apiRoot, CancellationToken ct);

    /// <summary>A collection by id, whatever its API root.</summary>
    Task<CollectionInfo?> FindCollectionAsync(string id, CancellationToken ct);

    Task<bool> TryCreateCollectionAsync(CollectionInfo collection, CancellationToken ct);

    /// <summary>
    /// Replaces title, description, alias and media types of a collection; its API root never changes. False when
    /// no collection has that id.
    /// </summary>
    Task<bool> UpdateCollectionAsync(CollectionInfo collection, CancellationToken ct);

    /// <summary>Deletes a collection entry (not its objects); false when it did not exist.</summary>
    Task<bool> DeleteCollectionAsync(string id, CancellationToken ct);
}
