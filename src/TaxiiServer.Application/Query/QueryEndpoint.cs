namespace TaxiiServer.Application.Query;

/// <summary>The TAXII endpoints that take filters; each allows its own set of them.</summary>
public enum QueryEndpoint
{
    Objects,
    Manifest,
    SingleObject,
    Versions,
    Delete,
}
