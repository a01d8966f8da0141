using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Application.Catalog;

/// <summary>A collection as one caller sees it: can_read and can_write are that caller's rights.</summary>
public sealed record CollectionView(CollectionInfo Collection, bool CanRead, bool CanWrite);

/// <summary>The discovery resource as one caller sees it: only the API roots it may use.</summary>
public sealed record DiscoveryView(DiscoveryInfo Discovery, IReadOnlyList<string> ApiRoots);
