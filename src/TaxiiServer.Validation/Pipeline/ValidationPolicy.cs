namespace TaxiiServer.Validation.Pipeline;

/// <summary>How much of the pipeline runs for an API root.</summary>
public enum ValidationMode
{
    /// <summary>Structure, STIX 2.1 schemas and the specification's MUST rules (the default).</summary>
    Strict,

    /// <summary>Structure and schemas only.</summary>
    Schema,

    /// <summary>Only the structure the store needs (a type, an id matching it, a version).</summary>
    Off,
}

/// <summary>The validation policy in force for one API root.</summary>
/// <param name="Mode">How much of the pipeline runs.</param>
/// <param name="AcceptCustomObjects">Whether object types the specification does not define are accepted.</param>
/// <param name="AcceptCustomProperties">Whether properties the specification does not define are accepted.</param>
public sealed record ValidationPolicy(ValidationMode Mode, bool AcceptCustomObjects, bool AcceptCustomProperties)
{
    public static ValidationPolicy Default { get; } = new(ValidationMode.Strict, true, true);
}
