using MongoDB.Driver;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb.Documents;
using TaxiiServer.Storage.MongoDb.Updates;

namespace TaxiiServer.Storage.MongoDb.Clock;

/// <summary>
/// Hands out date_added values shared by every server node through one clock document per collection, and tells
/// readers how far they may read. The design, and why it never lets a reader skip a late commit, is in
/// docs/mongodb-date-added.md; in short:
/// <list type="number">
/// <item>a writer allocates a block for its whole batch with one atomic findOneAndUpdate that also records a lease
/// on the block, so there is no moment when values are allocated but unleased;</item>
/// <item>it inserts, then releases the lease;</item>
/// <item>a reader reads only up to one below the oldest live lease (or the last value when none is live).</item>
/// </list>
/// </summary>
internal sealed class DateAddedClock(MongoStoreContext context)
{
    private static readonly FindOneAndUpdateOptions<DateAddedClockDocument> AllocateOptions = new()
    {
        IsUpsert = true,
        ReturnDocument = ReturnDocument.After,
    };

    /// <summary>Allocates and leases <paramref name="count"/> consecutive date_added values.</summary>
    public async Task<DateAddedLease> AllocateAsync(string collectionId, int count, CancellationToken ct)
    {
        // One token for every attempt: if a retried allocation had in fact committed, its orphan lease carries the
        // same token and is released with this one.
        var token = Guid.NewGuid().ToString("N");
        var now = context.NowMicros;
        var expires = now + (long)context.Options.DateAddedLeaseDuration.TotalMicroseconds;
        var clock = await context.Executor.ExecuteAsync(
            token2 => context.Clocks.FindOneAndUpdateAsync(
                ClockUpdates.ForCollection(collectionId),
                ClockUpdates.Allocate(now, count, token, expires),
                AllocateOptions,
                token2),
            ct);

        var lease = clock.Leases.LastOrDefault(l => l.Token == token)
            ?? throw new InvalidOperationException($"The date_added clock of '{collectionId}' did not record lease {token}.");
        return new DateAddedLease(collectionId, token, lease.From, count, lease.Expires);
    }

    /// <summary>
    /// Throws unless the lease leaves at least one full store timeout before it expires: a write that could still
    /// be running when readers pass the block must not start.
    /// </summary>
    public void EnsureWritable(DateAddedLease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var deadline = lease.Expires - (long)context.Options.Resilience.Timeout.TotalMicroseconds;
        if (context.NowMicros >= deadline)
        {
            throw new StoreUnavailableException(
                $"The date_added lease of collection '{lease.CollectionId}' ran too close to expiry; nothing was written.");
        }
    }

    /// <summary>
    /// Ends a lease. Best effort: if MongoDB cannot be reached the lease simply expires, which only holds readers
    /// back for the lease duration, so a failure here must not hide the outcome of the writes.
    /// </summary>
    public async Task ReleaseAsync(DateAddedLease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        try
        {
            await context.Executor.ExecuteAsync(
                token => context.Clocks.UpdateOneAsync(
                    ClockUpdates.ForCollection(lease.CollectionId), ClockUpdates.Release(lease.Token), cancellationToken: token),
                CancellationToken.None);
        }
        catch (Exception ex) when (ex is StoreUnavailableException or MongoException)
        {
            // The lease expires by itself; see the summary.
        }
    }

    /// <summary>
    /// The highest date_added readers of the collection may see now. Read in the caller's causally consistent
    /// session, so the objects read next in that session see at least everything this read saw released.
    /// </summary>
    public async Task<long> ReadWatermarkAsync(IClientSessionHandle session, string collectionId, CancellationToken ct)
    {
        var clock = await context.Executor.ExecuteAsync(
            token => context.Clocks.Find(session, ClockUpdates.ForCollection(collectionId)).FirstOrDefaultAsync(token),
            ct);
        return Watermark.Compute(clock, context.NowMicros);
    }
}
