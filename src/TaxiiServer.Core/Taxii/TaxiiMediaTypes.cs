namespace TaxiiServer.Core.Taxii;

public static class TaxiiMediaTypes
{
    public const string Taxii21 = "application/taxii+json;version=2.1";
    public const string Stix21 = "application/stix+json;version=2.1";
    public const string Stix20 = "application/stix+json;version=2.0";
}
