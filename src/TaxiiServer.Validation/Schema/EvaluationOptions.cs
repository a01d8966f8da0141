namespace TaxiiServer.Validation.Schema;

/// <summary>Switches that change how a compiled schema judges instances.</summary>
public sealed record EvaluationOptions
{
    /// <summary>The defaults: <c>format</c> is an annotation only, as draft 2020-12 specifies.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>
    /// When true, <c>format</c> asserts for the formats this evaluator knows (date-time, date, time, duration, uri,
    /// uri-reference, email, idn-email, hostname, idn-hostname, ipv4, ipv6, uuid, regex, json-pointer); unknown
    /// formats still pass. Default false. The STIX corpora assume true.
    /// </summary>
    public bool AssertFormat { get; init; }
}
