using TaxiiServer.Core.Taxii;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Application.Admin;

/// <summary>
/// An API root as the administration API shows it: its settings, the validation setting stored on it (null fields
/// are unset) and the validation ingest actually applies once unset fields fall back to configuration.
/// </summary>
public sealed record ApiRootView(
    string Name,
    string Title,
    string? Description,
    long MaxContentLength,
    StoredValidationView Validation,
    EffectiveValidationView EffectiveValidation)
{
    /// <summary>
    /// <paramref name="options"/> is the configuration of the node answering: nodes are meant to share it, and the
    /// effective values say what this node applies.
    /// </summary>
    public static ApiRootView Of(ApiRootInfo root, ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(options);
        var stored = root.Validation;
        var effective = options.PolicyFor(root);
        return new ApiRootView(root.Name, root.Title, root.Description, root.MaxContentLength,
            new StoredValidationView(stored.Policy?.ToName(), stored.AcceptCustomObjects, stored.AcceptCustomProperties),
            new EffectiveValidationView(effective.Mode.ToApiRootMode().ToName(), effective.AcceptCustomObjects,
                effective.AcceptCustomProperties));
    }
}

/// <summary>What an admin stored on the root; null means unset.</summary>
public sealed record StoredValidationView(string? Policy, bool? AcceptCustomObjects, bool? AcceptCustomProperties);

/// <summary>What ingest applies: the stored value, else the root's configuration entry, else the server-wide value.</summary>
public sealed record EffectiveValidationView(string Policy, bool AcceptCustomObjects, bool AcceptCustomProperties);
