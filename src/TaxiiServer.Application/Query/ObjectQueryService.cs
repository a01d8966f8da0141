using Microsoft.Extensions.Options;
using TaxiiServer.Application.Catalog;
using TaxiiServer.Application.Options;
using TaxiiServer.Core.Access;
using TaxiiServer.Core.Errors;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Application.Query;

/// <summary>
/// Reads of a collection: objects, manifest, one object, its versions, and deletion. Checks the caller's rights,
/// parses filters, resumes from a <c>next</c> token and issues the next one.
/// </summary>
public sealed class ObjectQueryService(CatalogService catalog, IObjectStore store, IOptions<PagingOptions> paging)
{
    public async Task<Result<QueryPage>> GetObjectsAsync(
        Principal principal, string apiRoot, string collectionId,
        IEnumerable<KeyValuePair<string, string?>> parameters, bool manifestOnly, CancellationToken ct)
    {
        var collection = await catalog.GetReadableAsync(principal, apiRoot, collectionId, ct);
        if (!collection.IsSuccess)
        {
            return collection.Problem;
        }

        var endpoint = manifestOnly ? QueryEndpoint.Manifest : QueryEndpoint.Objects;
        return await PageAsync(endpoint, collectionId, null, parameters, !manifestOnly, ct);
    }

    public async Task<Result<QueryPage>> GetObjectAsync(
        Principal principal, string apiRoot, string collectionId, string objectId,
        IEnumerable<KeyValuePair<string, string?>> parameters, CancellationToken ct) =>
        await GetOneObjectAsync(principal, apiRoot, collectionId, objectId, parameters, QueryEndpoint.SingleObject, ct);

    public async Task<Result<QueryPage>> GetVersionsAsync(
        Principal principal, string apiRoot, string collectionId, string objectId,
        IEnumerable<KeyValuePair<string, string?>> parameters, CancellationToken ct) =>
        await GetOneObjectAsync(principal, apiRoot, collectionId, objectId, parameters, QueryEndpoint.Versions, ct);

    /// <summary>
    /// Deletes the selected versions of one object. Deleting needs both read and write: a caller that cannot
    /// read a collection must not learn whether an object exists in it.
    /// </summary>
    public async Task<Result<int>> DeleteObjectAsync(
        Principal principal, string apiRoot, string collectionId, string objectId,
        IEnumerable<KeyValuePair<string, string?>> parameters, CancellationToken ct)
    {
        var readable = await catalog.GetReadableAsync(principal, apiRoot, collectionId, ct);
        if (!readable.IsSuccess)
        {
            return readable.Problem;
        }

        var writable = await catalog.GetWritableAsync(principal, apiRoot, collectionId, ct);
        if (!writable.IsSuccess)
        {
            return writable.Problem;
        }

        var filters = TaxiiFilterParser.Parse(QueryEndpoint.Delete, parameters, paging.Value);
        if (!filters.IsSuccess)
        {
            return filters.Problem;
        }

        if (!await store.ExistsAsync(collectionId, objectId, ct))
        {
            return ObjectNotFound(objectId);
        }

        var f = filters.Value;
        var query = new ObjectQuery(collectionId, null, null, [objectId], [], f.Versions, f.SpecVersions, 1);
        return await store.DeleteAsync(query, ct);
    }

    private async Task<Result<QueryPage>> GetOneObjectAsync(
        Principal principal, string apiRoot, string collectionId, string objectId,
        IEnumerable<KeyValuePair<string, string?>> parameters, QueryEndpoint endpoint, CancellationToken ct)
    {
        var collection = await catalog.GetReadableAsync(principal, apiRoot, collectionId, ct);
        if (!collection.IsSuccess)
        {
            return collection.Problem;
        }

        var page = await PageAsync(endpoint, collectionId, objectId, parameters, endpoint == QueryEndpoint.SingleObject, ct);
        if (page.IsSuccess && page.Value.Items.Count == 0 && !await store.ExistsAsync(collectionId, objectId, ct))
        {
            return ObjectNotFound(objectId);
        }

        return page;
    }

    private async Task<Result<QueryPage>> PageAsync(
        QueryEndpoint endpoint, string collectionId, string? objectId,
        IEnumerable<KeyValuePair<string, string?>> parameters, bool includeContent, CancellationToken ct)
    {
        var parsed = TaxiiFilterParser.Parse(endpoint, parameters, paging.Value);
        if (!parsed.IsSuccess)
        {
            return parsed.Problem;
        }

        var filters = parsed.Value;
        var signature = filters.Signature(endpoint, collectionId, objectId);
        Core.Stix.TaxiiTimestamp? after = null;
        if (filters.Next is { } token)
        {
            var cursor = PageCursor.Decode(token, signature);
            if (!cursor.IsSuccess)
            {
                return cursor.Problem;
            }

            after = cursor.Value;
        }

        var query = new ObjectQuery(
            collectionId, filters.AddedAfter, after,
            objectId is null ? filters.Ids : [objectId],
            filters.Types, filters.Versions, filters.SpecVersions, filters.Limit);
        var page = await store.QueryAsync(query, includeContent, ct);
        var next = page.More && page.Items.Count > 0 ? PageCursor.Encode(signature, page.Items[^1].DateAdded) : null;
        return new QueryPage(page.Items, page.More && next is not null, next);
    }

    private static TaxiiProblem ObjectNotFound(string objectId) =>
        TaxiiProblem.NotFound($"No object '{objectId}' in this collection.");
}
