namespace TaxiiServer.Core.Stix;

/// <summary>STIX specification versions this server knows, and their media types.</summary>
public static class SpecVersion
{
    public const string V20 = "2.0";
    public const string V21 = "2.1";

    public static string MediaType(string specVersion) => "application/stix+json;version=" + specVersion;
}
