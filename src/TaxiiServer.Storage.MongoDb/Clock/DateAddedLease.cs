namespace TaxiiServer.Storage.MongoDb.Clock;

/// <summary>
/// A block of date_added values [<paramref name="First"/>, <paramref name="First"/> + <paramref name="Count"/> - 1]
/// held by one AddAsync call until it releases the lease or <paramref name="Expires"/> passes (microseconds).
/// </summary>
internal sealed record DateAddedLease(string CollectionId, string Token, long First, int Count, long Expires);
