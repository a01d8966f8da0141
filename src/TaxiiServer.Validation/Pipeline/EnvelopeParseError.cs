namespace TaxiiServer.Validation.Pipeline;

public enum EnvelopeParseErrorKind
{
    /// <summary>The body is not JSON or not Unicode text (or nests deeper than allowed): answered 400.</summary>
    NotJson,

    /// <summary>
    /// The body is JSON but not an envelope: not an object, a STIX bundle, no <c>objects</c> array, an empty one, or
    /// an entry that is not an object. Answered 400; nothing of the request is stored.
    /// </summary>
    NotEnvelope,
}

public sealed record EnvelopeParseError(EnvelopeParseErrorKind Kind, string Message);
