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

    Task<bool> TryCreateApiRootAsync(ApiRootInfo apiRoot, CancellationToken ct);

    /// <summary>The collections of one API root, in a stable order (by title, then id).</summary>
    Task<IReadOnlyList<CollectionInfo>> GetCollectionsAsync(string apiRoot, CancellationToken ct);

    /// <summary>A collection by id, whatever its API root.</summary>
    Task<CollectionInfo?> FindCollectionAsync(string id, CancellationToken ct);

    Task<bool> TryCreateCollectionAsync(CollectionInfo collection, CancellationToken ct);
}
