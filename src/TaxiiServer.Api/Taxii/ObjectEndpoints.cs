using System.Text.Unicode;
using TaxiiServer.Api.Auth;
using TaxiiServer.Api.Http;
using TaxiiServer.Application.Catalog;
using TaxiiServer.Application.Ingest;
using TaxiiServer.Application.Query;
using TaxiiServer.Core.Errors;

namespace TaxiiServer.Api.Taxii;

internal static class ObjectEndpoints
{
    private const string Objects = "/{apiRoot}/collections/{collectionId}/objects/";

    public static void MapObjects(this RouteGroupBuilder group)
    {
        group.MapGet(Objects, GetObjects).WithName("GetObjects").WithSummary("Objects of a collection, filtered and paged");
        group.MapPost(Objects, AddObjects).WithName("AddObjects").WithSummary("Add an envelope of objects; returns a status");
        group.MapGet(Objects + "{objectId}/", GetObject).WithName("GetObject").WithSummary("Versions of one object (default: latest)");
        group.MapDelete(Objects + "{objectId}/", DeleteObject).WithName("DeleteObject").WithSummary("Delete versions of one object");
        group.MapGet(Objects + "{objectId}/versions/", GetVersions).WithName("GetObjectVersions").WithSummary("Version list of one object");
    }

    private static async Task<IResult> GetObjects(
        string apiRoot, string collectionId, HttpContext context, ObjectQueryService queries, CancellationToken ct)
    {
        var page = await queries.GetObjectsAsync(context.GetTaxiiPrincipal(), apiRoot, collectionId,
            context.Request.QueryPairs(), manifestOnly: false, ct);
        return TaxiiResults.From(page, p => new EnvelopeResult(p));
    }

    private static async Task<IResult> AddObjects(
        string apiRoot, string collectionId, HttpContext context, CatalogService catalog, AddObjectsService ingest,
        CancellationToken ct)
    {
        var principal = context.GetTaxiiPrincipal();
        var root = await catalog.GetApiRootAsync(principal, apiRoot, ct);
        if (!root.IsSuccess)
        {
            return TaxiiResults.Problem(root.Problem);
        }

        // Rights are checked before the body is read, so a caller that may not write cannot make us read megabytes.
        var writable = await catalog.GetWritableAsync(principal, apiRoot, collectionId, ct);
        if (!writable.IsSuccess)
        {
            return TaxiiResults.Problem(writable.Problem);
        }

        var (pooled, tooLarge) = await RequestBodyReader.ReadAsync(context.Request, root.Value.MaxContentLength, ct);
        if (pooled is null)
        {
            return TaxiiResults.Problem(tooLarge!);
        }

        // The service copies what it keeps (stored objects, status), so the buffer goes back to the pool afterwards.
        using var owner = pooled;
        var body = pooled.Memory;

        // JSON text is UTF-8 (RFC 8259). JsonDocument does not check string contents while parsing, so without this
        // an invalid byte sequence failed later, in hashing, as a 500, or was stored and served as invalid JSON.
        if (!Utf8.IsValid(body.Span))
        {
            return TaxiiResults.Problem(new TaxiiProblem(TaxiiErrorCode.InvalidJson, "the body is not valid UTF-8"));
        }

        var status = await ingest.AddAsync(principal, apiRoot, collectionId, body, ct);
        return TaxiiResults.From(status, s => TaxiiResults.Json(
            TaxiiResourceMapper.ToResource(s), TaxiiJsonContext.Wire.StatusResourceDto, StatusCodes.Status202Accepted));
    }

    private static async Task<IResult> GetObject(
        string apiRoot, string collectionId, string objectId, HttpContext context, ObjectQueryService queries, CancellationToken ct)
    {
        var page = await queries.GetObjectAsync(context.GetTaxiiPrincipal(), apiRoot, collectionId, objectId,
            context.Request.QueryPairs(), ct);
        return TaxiiResults.From(page, p => new EnvelopeResult(p));
    }

    private static async Task<IResult> DeleteObject(
        string apiRoot, string collectionId, string objectId, HttpContext context, ObjectQueryService queries, CancellationToken ct)
    {
        var deleted = await queries.DeleteObjectAsync(context.GetTaxiiPrincipal(), apiRoot, collectionId, objectId,
            context.Request.QueryPairs(), ct);
        return TaxiiResults.From(deleted, _ => TaxiiResults.EmptyOk());
    }

    private static async Task<IResult> GetVersions(
        string apiRoot, string collectionId, string objectId, HttpContext context, ObjectQueryService queries, CancellationToken ct)
    {
        var page = await queries.GetVersionsAsync(context.GetTaxiiPrincipal(), apiRoot, collectionId, objectId,
            context.Request.QueryPairs(), ct);
        return TaxiiResults.From(page, p =>
        {
            PagingHeaders.Apply(context.Response, p.Items);
            var versions = p.Items.Select(i => i.Version).ToList();
            return TaxiiResults.Json(new VersionsResource(p.More, p.Next, TaxiiResourceMapper.NullIfEmpty(versions)),
                TaxiiJsonContext.Wire.VersionsResource);
        });
    }
}
