using TaxiiServer.Storage.MongoDb.Documents;

namespace TaxiiServer.Storage.MongoDb.Clock;

/// <summary>
/// The highest date_added a reader may read up to: below it every allocated value has either committed or been
/// abandoned, so a later commit can never land behind a page already served.
/// </summary>
internal static class Watermark
{
    /// <summary>
    /// One below the oldest live lease, or the last allocated value when none is live. Expired leases belong to
    /// writers that gave up or died (a writer never writes once its lease is within one store timeout of expiry).
    /// No clock document means nothing was ever added: 0 admits no record.
    /// </summary>
    public static long Compute(DateAddedClockDocument? clock, long nowMicros)
    {
        if (clock is null)
        {
            return 0;
        }

        var watermark = clock.Last;
        foreach (var lease in clock.Leases)
        {
            if (lease.Expires > nowMicros && lease.From - 1 < watermark)
            {
                watermark = lease.From - 1;
            }
        }

        return watermark;
    }
}
