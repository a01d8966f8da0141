using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Validation.Pipeline;

/// <summary>
/// Validation settings, bound from <c>Taxii:Validation</c>. A value an admin stored on an API root (its
/// <c>Validation</c>) wins over both levels here, field by field: see <see cref="PolicyFor(ApiRootInfo)"/>.
/// </summary>
public sealed class ValidationOptions
{
    public const string Section = "Taxii:Validation";

    /// <summary>
    /// Folder of STIX 2.1 JSON schemas (draft 2020-12), laid out as common/, sdos/, sros/, observables/. Default
    /// <c>schemas</c>: the project's own set, shipped beside the server. Point it at the OASIS set to use that.
    /// </summary>
    public string SchemaPath { get; set; } = "schemas";

    /// <summary>Default policy for API roots without their own entry in <see cref="ApiRoots"/>. Default strict.</summary>
    public ValidationMode Policy { get; set; } = ValidationMode.Strict;

    /// <summary>Whether custom object types are accepted (when well named). Default true.</summary>
    public bool AcceptCustomObjects { get; set; } = true;

    /// <summary>Whether custom properties are accepted (when well named). Default true.</summary>
    public bool AcceptCustomProperties { get; set; } = true;

    /// <summary>Per-API-root overrides, keyed by API root name (<c>Taxii:Validation:ApiRoots:hub:Policy=schema</c>).</summary>
    public Dictionary<string, ApiRootValidationOptions> ApiRoots { get; } = new(StringComparer.Ordinal);

    /// <summary>The policy configuration gives an API root: its own entry in <see cref="ApiRoots"/>, else the server-wide values.</summary>
    public ValidationPolicy PolicyFor(string apiRoot)
    {
        var own = ApiRoots.GetValueOrDefault(apiRoot);
        return new ValidationPolicy(
            own?.Policy ?? Policy,
            own?.AcceptCustomObjects ?? AcceptCustomObjects,
            own?.AcceptCustomProperties ?? AcceptCustomProperties);
    }

    /// <summary>
    /// The policy ingest applies to an API root. Each field is taken from the first place that sets it: the setting
    /// stored on the root (changed through the admin API, so it wins over files an operator may not redeploy), then
    /// the root's entry in <see cref="ApiRoots"/>, then the server-wide values.
    /// </summary>
    public ValidationPolicy PolicyFor(ApiRootInfo apiRoot)
    {
        ArgumentNullException.ThrowIfNull(apiRoot);
        var configured = PolicyFor(apiRoot.Name);
        var stored = apiRoot.Validation;
        return new ValidationPolicy(
            stored.Policy?.ToValidationMode() ?? configured.Mode,
            stored.AcceptCustomObjects ?? configured.AcceptCustomObjects,
            stored.AcceptCustomProperties ?? configured.AcceptCustomProperties);
    }
}

/// <summary>The validation settings of one API root; unset values fall back to the server-wide ones.</summary>
public sealed class ApiRootValidationOptions
{
    public ValidationMode? Policy { get; set; }

    public bool? AcceptCustomObjects { get; set; }

    public bool? AcceptCustomProperties { get; set; }
}
