using System.Globalization;
using Microsoft.Extensions.Options;
using TaxiiServer.Core.Storage;
using TaxiiServer.Core.Taxii;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Application.Admin;

/// <summary>What an admin sends to create or change a collection; a missing id is generated on creation.</summary>
public sealed record CollectionInput(
    string? Id, string? Title, string? Description, string? Alias, IReadOnlyList<string>? MediaTypes);

/// <summary>
/// API roots and collections: create, change, delete. An API root holding collections is not deleted; a collection
/// holding objects is deleted only with <c>force</c>, which deletes its objects and grants too. Every change is audited.
/// </summary>
public sealed partial class CatalogAdminService(
    ICatalogStore catalog, IObjectStore objects, IAccountStore accounts, AuditService audit,
    IOptions<ValidationOptions> validation)
{
    private static readonly string[] KnownMediaTypes = [TaxiiMediaTypes.Stix21, TaxiiMediaTypes.Stix20];

    public async Task<AdminResult<IReadOnlyList<CollectionInfo>>> ListCollectionsAsync(string apiRoot, CancellationToken ct) =>
        await catalog.FindApiRootAsync(apiRoot, ct) is null
            ? RootNotFound(apiRoot)
            : AdminResult(await catalog.GetCollectionsAsync(apiRoot, ct));

    public async Task<AdminResult<CollectionInfo>> GetCollectionAsync(string id, CancellationToken ct) =>
        await catalog.FindCollectionAsync(id, ct) is { } collection ? collection : CollectionNotFound(id);

    public async Task<AdminResult<CollectionInfo>> CreateCollectionAsync(
        AdminActor actor, string apiRoot, CollectionInput input, CancellationToken ct)
    {
        const string action = AuditActions.CollectionCreate;
        if (await catalog.FindApiRootAsync(apiRoot, ct) is null)
        {
            return await audit.RefusedAsync(actor, action, input.Id, RootNotFound(apiRoot), ct);
        }

        var id = input.Id ?? Guid.NewGuid().ToString();
        if (!Guid.TryParseExact(id, "D", out _))
        {
            return await audit.RefusedAsync(actor, action, id, AdminProblem.Invalid("id", "id must be a UUID."), ct);
        }

        if (string.IsNullOrWhiteSpace(input.Title))
        {
            return await audit.RefusedAsync(actor, action, id, AdminProblem.Invalid("title", "title is required."), ct);
        }

        if (MediaTypesProblem(input.MediaTypes) is { } bad)
        {
            return await audit.RefusedAsync(actor, action, id, bad, ct);
        }

        var collection = new CollectionInfo(id.ToLowerInvariant(), apiRoot, input.Title, input.Description, input.Alias,
            input.MediaTypes is { Count: > 0 } m ? m : [TaxiiMediaTypes.Stix21]);
        if (!await catalog.TryCreateCollectionAsync(collection, ct))
        {
            return await audit.RefusedAsync(actor, action, id, AdminProblem.Conflict($"Collection '{id}' already exists."), ct);
        }

        await audit.SucceededAsync(actor, action, collection.Id, Describe(collection), ct);
        return collection;
    }

    /// <summary>Changes the fields given; a null field keeps its value. The API root never changes.</summary>
    public async Task<AdminResult<CollectionInfo>> UpdateCollectionAsync(
        AdminActor actor, string id, CollectionInput input, CancellationToken ct)
    {
        const string action = AuditActions.CollectionUpdate;
        if (await catalog.FindCollectionAsync(id, ct) is not { } current)
        {
            return await audit.RefusedAsync(actor, action, id, CollectionNotFound(id), ct);
        }

        if (input.Title is { } title && string.IsNullOrWhiteSpace(title))
        {
            return await audit.RefusedAsync(actor, action, id, AdminProblem.Invalid("title", "title may not be blank."), ct);
        }

        if (MediaTypesProblem(input.MediaTypes) is { } bad)
        {
            return await audit.RefusedAsync(actor, action, id, bad, ct);
        }

        var changed = current with
        {
            Title = input.Title ?? current.Title,
            Description = input.Description ?? current.Description,
            Alias = input.Alias ?? current.Alias,
            MediaTypes = input.MediaTypes is { Count: > 0 } m ? m : current.MediaTypes,
        };
        await catalog.UpdateCollectionAsync(changed, ct);
        await audit.SucceededAsync(actor, action, id, Describe(changed), ct);
        return changed;
    }

    /// <summary>
    /// Deletes a collection. With objects in it, only when <paramref name="force"/>: the entry goes first so no new
    /// object can be accepted into it, then its objects and grants.
    /// </summary>
    public async Task<AdminResult<CollectionInfo>> DeleteCollectionAsync(AdminActor actor, string id, bool force, CancellationToken ct)
    {
        const string action = AuditActions.CollectionDelete;
        if (await catalog.FindCollectionAsync(id, ct) is not { } collection)
        {
            return await audit.RefusedAsync(actor, action, id, CollectionNotFound(id), ct);
        }

        var count = await objects.CountAsync(id, ct);
        if (count > 0 && !force)
        {
            return await audit.RefusedAsync(actor, action, id, AdminProblem.Conflict(
                $"Collection '{id}' holds {count} objects; delete with force=true to delete them too."), ct);
        }

        await catalog.DeleteCollectionAsync(id, ct);
        var deleted = await objects.DeleteCollectionAsync(id, ct);
        var grants = await accounts.RemoveGrantsOnCollectionAsync(id, ct);
        await audit.SucceededAsync(actor, action, id, new Dictionary<string, string?>
        {
            ["apiRoot"] = collection.ApiRoot,
            ["objectsDeleted"] = deleted.ToString(CultureInfo.InvariantCulture),
            ["grantsDeleted"] = grants.ToString(CultureInfo.InvariantCulture),
        }, ct);
        return collection;
    }

    private static AdminResult<IReadOnlyList<CollectionInfo>> AdminResult(IReadOnlyList<CollectionInfo> list) => list.ToList();

    private static AdminProblem? MediaTypesProblem(IReadOnlyList<string>? mediaTypes) =>
        mediaTypes?.FirstOrDefault(m => !KnownMediaTypes.Contains(m.Replace(" ", "", StringComparison.Ordinal), StringComparer.OrdinalIgnoreCase))
            is { } unknown
            ? AdminProblem.Invalid("mediaTypes", $"'{unknown}' is not a STIX media type this server stores.")
            : null;

    private static AdminProblem RootNotFound(string name) => AdminProblem.NotFound($"No API root '{name}'.");

    private static AdminProblem CollectionNotFound(string id) => AdminProblem.NotFound($"No collection '{id}'.");

    private static Dictionary<string, string?> Describe(CollectionInfo c) => new()
    {
        ["apiRoot"] = c.ApiRoot,
        ["title"] = c.Title,
        ["description"] = c.Description,
        ["alias"] = c.Alias,
        ["mediaTypes"] = string.Join(",", c.MediaTypes),
    };
}
