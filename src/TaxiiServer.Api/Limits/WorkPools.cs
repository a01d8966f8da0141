using Microsoft.Extensions.Options;
using TaxiiServer.Application.Diagnostics;
using TaxiiServer.Application.Limits;

namespace TaxiiServer.Api.Limits;

/// <summary>
/// The two fair pools authenticated requests run in: <see cref="Work"/> for ordinary requests (so a flooding
/// account cannot crowd the cores) and <see cref="Expensive"/> for POSTs of objects and large pages. Both hand each
/// free slot to the waiting account that holds the fewest. Singleton: one pair per node.
/// </summary>
internal sealed class WorkPools
{
    public WorkPools(IOptions<LimitsOptions> options, TimeProvider clock, TaxiiMetrics metrics)
    {
        var limits = options.Value;
        Work = new FairWorkPool(limits.Work.ConcurrencyLimit, limits.Work.QueueLimit, clock);
        Expensive = new FairWorkPool(limits.Expensive.ConcurrencyLimit, limits.Expensive.QueueLimit, clock);
        WorkWait = limits.Work.MaxQueueWait;
        ExpensiveWait = limits.Expensive.MaxQueueWait;
        metrics.ObserveGauges("taxii.limits.queue_length", "Requests waiting for a slot, by pool.", "limiter",
            ("work", () => Work.Waiting), ("expensive", () => Expensive.Waiting));
        metrics.ObserveGauges("taxii.limits.in_flight", "Requests holding a slot, by pool.", "limiter",
            ("work", () => Work.InUse), ("expensive", () => Expensive.InUse));
    }

    public FairWorkPool Work { get; }

    public FairWorkPool Expensive { get; }

    public TimeSpan WorkWait { get; }

    public TimeSpan ExpensiveWait { get; }
}
