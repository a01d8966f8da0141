using System.Globalization;
using System.Text.RegularExpressions;
using TaxiiServer.Application.Bootstrap;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Application.Admin;

/// <summary>
/// What an admin sends to create or change an API root. <see cref="Validation"/> is optional: absent or null keeps
/// the stored setting, like every other field; inside it, each member is set, cleared or kept on its own (see
/// <see cref="ApiRootValidationInput"/>).
/// </summary>
public sealed record ApiRootInput(string? Name, string? Title, string? Description, long? MaxContentLength)
{
    public ApiRootValidationInput? Validation { get; init; }
}

/// <summary>The API-root half of the catalog administration: every answer is an <see cref="ApiRootView"/>.</summary>
public sealed partial class CatalogAdminService
{
    private const string Unset = "unset";
    private const string PolicyKey = "validation.policy";
    private const string CustomObjectsKey = "validation.acceptCustomObjects";
    private const string CustomPropertiesKey = "validation.acceptCustomProperties";

    public async Task<IReadOnlyList<ApiRootView>> ListApiRootsAsync(CancellationToken ct) =>
        (await catalog.GetApiRootsAsync(ct)).Select(View).ToList();

    public async Task<AdminResult<ApiRootView>> GetApiRootAsync(string name, CancellationToken ct) =>
        await catalog.FindApiRootAsync(name, ct) is { } root ? View(root) : RootNotFound(name);

    public async Task<AdminResult<ApiRootView>> CreateApiRootAsync(AdminActor actor, ApiRootInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        const string action = AuditActions.ApiRootCreate;
        if (input.Name is null || !RootNamePattern().IsMatch(input.Name))
        {
            return await audit.RefusedAsync(actor, action, input.Name,
                AdminProblem.Invalid("name", "name must be 1-64 letters, digits, '_' or '-' (it is a URL segment)."), ct);
        }

        var root = new ApiRootInfo(input.Name, input.Title ?? input.Name, input.Description,
            input.MaxContentLength ?? BootstrapLoader.DefaultMaxContentLength);
        if (root.MaxContentLength <= 0)
        {
            return await audit.RefusedAsync(actor, action, root.Name, MaxLengthInvalid(), ct);
        }

        if (input.Validation?.ApplyTo(ApiRootValidation.Unset) is { } setting)
        {
            if (!setting.IsSuccess)
            {
                return await audit.RefusedAsync(actor, action, root.Name, setting.Problem, ct);
            }

            root = root with { Validation = setting.Value };
        }

        if (!await catalog.TryCreateApiRootAsync(root, ct))
        {
            return await audit.RefusedAsync(actor, action, root.Name, AdminProblem.Conflict($"API root '{root.Name}' already exists."), ct);
        }

        await audit.SucceededAsync(actor, action, root.Name, Describe(root), ct);
        return View(root);
    }

    /// <summary>Changes the fields given; a null field keeps its value. Validation members follow their own rule.</summary>
    public async Task<AdminResult<ApiRootView>> UpdateApiRootAsync(AdminActor actor, string name, ApiRootInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        const string action = AuditActions.ApiRootUpdate;
        if (await catalog.FindApiRootAsync(name, ct) is not { } current)
        {
            return await audit.RefusedAsync(actor, action, name, RootNotFound(name), ct);
        }

        var changed = current with
        {
            Title = input.Title ?? current.Title,
            Description = input.Description ?? current.Description,
            MaxContentLength = input.MaxContentLength ?? current.MaxContentLength,
        };
        if (changed.MaxContentLength <= 0)
        {
            return await audit.RefusedAsync(actor, action, name, MaxLengthInvalid(), ct);
        }

        if (input.Validation?.ApplyTo(current.Validation) is { } setting)
        {
            if (!setting.IsSuccess)
            {
                return await audit.RefusedAsync(actor, action, name, setting.Problem, ct);
            }

            changed = changed with { Validation = setting.Value };
        }

        await catalog.UpdateApiRootAsync(changed, ct);
        await audit.SucceededAsync(actor, action, name, Describe(changed, current.Validation), ct);
        return View(changed);
    }

    public async Task<AdminResult<ApiRootView>> DeleteApiRootAsync(AdminActor actor, string name, CancellationToken ct)
    {
        const string action = AuditActions.ApiRootDelete;
        if (await catalog.FindApiRootAsync(name, ct) is not { } root)
        {
            return await audit.RefusedAsync(actor, action, name, RootNotFound(name), ct);
        }

        if ((await catalog.GetCollectionsAsync(name, ct)).Count > 0)
        {
            return await audit.RefusedAsync(actor, action, name,
                AdminProblem.Conflict($"API root '{name}' still holds collections; delete them first."), ct);
        }

        await catalog.DeleteApiRootAsync(name, ct);
        await audit.SucceededAsync(actor, action, name, null, ct);
        return View(root);
    }

    // Options are read per call, not captured: the view shows what ingest applies now.
    private ApiRootView View(ApiRootInfo root) => ApiRootView.Of(root, validation.Value);

    private static AdminProblem MaxLengthInvalid() =>
        AdminProblem.Invalid("maxContentLength", "maxContentLength must be positive.");

    /// <summary>The root's settings as stored; an unset validation field reads "unset".</summary>
    private static Dictionary<string, string?> Describe(ApiRootInfo r) => new()
    {
        ["title"] = r.Title,
        ["description"] = r.Description,
        ["maxContentLength"] = r.MaxContentLength.ToString(CultureInfo.InvariantCulture),
        [PolicyKey] = Text(r.Validation.Policy),
        [CustomObjectsKey] = Text(r.Validation.AcceptCustomObjects),
        [CustomPropertiesKey] = Text(r.Validation.AcceptCustomProperties),
    };

    /// <summary>
    /// As <see cref="Describe(ApiRootInfo)"/>, plus the previous value of each validation field that changed
    /// ("<c>….was</c>"): the trail alone then shows who loosened or tightened validation, and from what.
    /// </summary>
    private static Dictionary<string, string?> Describe(ApiRootInfo changed, ApiRootValidation before)
    {
        var details = Describe(changed);
        foreach (var (key, was) in new[]
        {
            (PolicyKey, Text(before.Policy)),
            (CustomObjectsKey, Text(before.AcceptCustomObjects)),
            (CustomPropertiesKey, Text(before.AcceptCustomProperties)),
        })
        {
            if (details[key] != was)
            {
                details[key + ".was"] = was;
            }
        }

        return details;
    }

    private static string Text(ApiRootValidationMode? mode) => mode?.ToName() ?? Unset;

    private static string Text(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => Unset,
    };

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex RootNamePattern();
}
