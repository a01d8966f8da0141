namespace TaxiiServer.Validation.Pipeline;

/// <summary>What the target collection allows; the same object may be valid in one collection and not another.</summary>
/// <param name="AcceptsStix20">Whether the collection's media types include STIX 2.0.</param>
/// <param name="Policy">The validation policy of the collection's API root.</param>
public sealed record ValidationContext(bool AcceptsStix20, ValidationPolicy Policy)
{
    public ValidationContext(bool AcceptsStix20)
        : this(AcceptsStix20, ValidationPolicy.Default)
    {
    }
}
