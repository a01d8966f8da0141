namespace TaxiiServer.Core.Taxii;

/// <summary>The server-wide discovery settings; <see cref="Default"/> names an API root.</summary>
public sealed record DiscoveryInfo(string Title, string? Description, string? Contact, string? Default);
