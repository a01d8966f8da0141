namespace TaxiiServer.Core.Access;

/// <summary>What one account may do with one collection.</summary>
public sealed record Grant(string Account, string CollectionId, bool Read, bool Write);
