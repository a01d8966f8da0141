namespace TaxiiServer.Core.Taxii;

/// <summary>
/// How much of the validation pipeline an API root asks for, as stored with the root. It mirrors the pipeline's own
/// mode, which Core cannot see; the Validation project maps one onto the other.
/// </summary>
public enum ApiRootValidationMode
{
    /// <summary>Structure, STIX 2.1 schemas and the specification's MUST rules.</summary>
    Strict,

    /// <summary>Structure and schemas only.</summary>
    Schema,

    /// <summary>Only the structure the store needs.</summary>
    Off,
}

/// <summary>
/// The validation setting an admin stored on an API root. Every field is optional: an unset (null) field falls back
/// to configuration, first <c>Taxii:Validation:ApiRoots:&lt;root&gt;</c>, then <c>Taxii:Validation</c>.
/// </summary>
/// <param name="Policy">How much of the pipeline runs; null to fall back.</param>
/// <param name="AcceptCustomObjects">Whether well-named custom object types are accepted; null to fall back.</param>
/// <param name="AcceptCustomProperties">Whether well-named custom properties are accepted; null to fall back.</param>
public sealed record ApiRootValidation(
    ApiRootValidationMode? Policy, bool? AcceptCustomObjects, bool? AcceptCustomProperties)
{
    /// <summary>Nothing stored: configuration decides everything.</summary>
    public static ApiRootValidation Unset { get; } = new(null, null, null);
}
