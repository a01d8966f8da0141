namespace TaxiiServer.Core.Taxii;

/// <summary>An API root; <see cref="Name"/> is its URL segment under <c>/taxii2/</c>.</summary>
public sealed record ApiRootInfo(string Name, string Title, string? Description, long MaxContentLength);
