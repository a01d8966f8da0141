namespace TaxiiServer.Api.Observability;

/// <summary>The <c>/metrics</c> endpoint, bound from <c>Taxii:Metrics</c>.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Taxii:Metrics";

    /// <summary>Whether <c>/metrics</c> answers at all. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Addresses or networks (CIDR) allowed to read <c>/metrics</c>; others get 404. Default loopback only
    /// (<c>127.0.0.0/8</c>, <c>::1/128</c>).
    /// </summary>
    public List<string> AllowedAddresses { get; set; } = [];

    /// <summary>The defaults apply only when configuration lists no address (a bound list would be appended to).</summary>
    public IReadOnlyList<string> EffectiveAllowedAddresses => AllowedAddresses.Count > 0 ? AllowedAddresses : ["127.0.0.0/8", "::1/128"];
}

/// <summary>Log format, bound from <c>Taxii:Logging</c>.</summary>
public sealed class LoggingFormatOptions
{
    public const string Section = "Taxii:Logging";

    /// <summary>One JSON object per log line. Default true, except in the Development environment.</summary>
    public bool? Json { get; set; }
}
