namespace TaxiiServer.Validation.Pipeline;

public enum EnvelopeParseErrorKind
{
    /// <summary>The body is not JSON (or nests deeper than allowed): answered 400.</summary>
    NotJson,

    /// <summary>The body is JSON but not an envelope: answered 422.</summary>
    NotEnvelope,
}

public sealed record EnvelopeParseError(EnvelopeParseErrorKind Kind, string Message);
