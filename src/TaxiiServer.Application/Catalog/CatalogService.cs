using TaxiiServer.Core.Access;
using TaxiiServer.Core.Errors;
using TaxiiServer.Core.Storage;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Application.Catalog;

/// <summary>
/// Discovery, API roots and collections, filtered by what the caller may see: a collection without any grant for
/// the caller does not exist for it, and neither does an API root holding no such collection.
/// </summary>
public sealed class CatalogService(ICatalogStore catalog)
{
    private static readonly DiscoveryInfo FallbackDiscovery = new("TAXII Server", null, null, null);

    public async Task<DiscoveryView> GetDiscoveryAsync(Principal principal, CancellationToken ct)
    {
        var discovery = await catalog.GetDiscoveryAsync(ct) ?? FallbackDiscovery;
        var roots = await catalog.GetApiRootsAsync(ct);
        var visible = new List<string>(roots.Count);
        foreach (var root in roots)
        {
            if (await IsVisibleAsync(principal, root.Name, ct))
            {
                visible.Add(root.Name);
            }
        }

        var defaultRoot = discovery.Default is { } d && visible.Contains(d) ? d : null;
        return new DiscoveryView(discovery with { Default = defaultRoot }, visible);
    }

    public async Task<Result<ApiRootInfo>> GetApiRootAsync(Principal principal, string name, CancellationToken ct)
    {
        var root = await catalog.FindApiRootAsync(name, ct);
        if (root is null || !await IsVisibleAsync(principal, name, ct))
        {
            return ApiRootNotFound(name);
        }

        return root;
    }

    public async Task<Result<IReadOnlyList<CollectionView>>> GetCollectionsAsync(Principal principal, string apiRoot, CancellationToken ct)
    {
        var root = await GetApiRootAsync(principal, apiRoot, ct);
        if (!root.IsSuccess)
        {
            return root.Problem;
        }

        var collections = await catalog.GetCollectionsAsync(apiRoot, ct);
        return collections.Where(c => principal.CanSee(c.Id)).Select(c => View(principal, c)).ToList();
    }

    /// <summary>A collection the caller can see; 404 when it does not exist or the caller has no grant on it.</summary>
    public async Task<Result<CollectionView>> GetCollectionAsync(Principal principal, string apiRoot, string id, CancellationToken ct)
    {
        var collection = await catalog.FindCollectionAsync(id, ct);
        if (collection is null || collection.ApiRoot != apiRoot || !principal.CanSee(id))
        {
            return TaxiiProblem.NotFound($"No collection '{id}' in API root '{apiRoot}'.");
        }

        return View(principal, collection);
    }

    /// <summary>Resolves a collection the caller must be able to read (403 when it can see but not read it).</summary>
    public async Task<Result<CollectionInfo>> GetReadableAsync(Principal principal, string apiRoot, string id, CancellationToken ct)
    {
        var view = await GetCollectionAsync(principal, apiRoot, id, ct);
        if (!view.IsSuccess)
        {
            return view.Problem;
        }

        return view.Value.CanRead
            ? view.Value.Collection
            : TaxiiProblem.Forbidden($"You may not read collection '{id}'.");
    }

    /// <summary>Resolves a collection the caller must be able to write (403 when it can see but not write it).</summary>
    public async Task<Result<CollectionInfo>> GetWritableAsync(Principal principal, string apiRoot, string id, CancellationToken ct)
    {
        var view = await GetCollectionAsync(principal, apiRoot, id, ct);
        if (!view.IsSuccess)
        {
            return view.Problem;
        }

        return view.Value.CanWrite
            ? view.Value.Collection
            : TaxiiProblem.Forbidden($"You may not write to collection '{id}'.");
    }

    private async Task<bool> IsVisibleAsync(Principal principal, string apiRoot, CancellationToken ct)
    {
        if (principal.IsAdmin)
        {
            return true;
        }

        var collections = await catalog.GetCollectionsAsync(apiRoot, ct);
        return collections.Any(c => principal.CanSee(c.Id));
    }

    private static CollectionView View(Principal principal, CollectionInfo collection) =>
        new(collection, principal.CanRead(collection.Id), principal.CanWrite(collection.Id));

    private static TaxiiProblem ApiRootNotFound(string name) => TaxiiProblem.NotFound($"No API root '{name}'.");
}
