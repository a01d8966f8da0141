namespace TaxiiServer.Core.Taxii;

/// <summary>An API root; <see cref="Name"/> is its URL segment under <c>/taxii2/</c>.</summary>
public sealed record ApiRootInfo(string Name, string Title, string? Description, long MaxContentLength)
{
    /// <summary>
    /// The validation setting stored for this root; <see cref="ApiRootValidation.Unset"/> when an admin set none.
    /// An init property rather than a positional one: most code creating roots has no opinion on validation.
    /// </summary>
    public ApiRootValidation Validation { get; init; } = ApiRootValidation.Unset;
}
