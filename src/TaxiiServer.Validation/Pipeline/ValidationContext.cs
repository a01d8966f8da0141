namespace TaxiiServer.Validation.Pipeline;

/// <summary>What the target collection allows; the same object may be valid in one collection and not another.</summary>
/// <param name="AcceptsStix20">Whether the collection's media types include STIX 2.0.</param>
public sealed record ValidationContext(bool AcceptsStix20);
