using System.Runtime;
using Microsoft.Extensions.Options;

namespace TaxiiServer.Api.Memory;

/// <summary>
/// A burst of large requests leaves the node holding what it needed at the peak: buffers Kestrel pinned for
/// uploads, large-object-heap arrays, GC regions. An idle server allocates too little to trigger the collection
/// that would free them, so without this a node stays at its peak for days. Once the node is idle and has grown,
/// one aggressive, compacting collection frees and decommits that memory; a busy node is never interrupted.
/// </summary>
internal sealed partial class IdleMemoryRelease(IOptions<MemoryOptions> options, TimeProvider clock, ILogger<IdleMemoryRelease> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.ReleaseWhenIdle)
        {
            return;
        }

        var policy = new IdleReleasePolicy(settings);
        using var timer = new PeriodicTimer(settings.CheckInterval, clock);
        var started = clock.GetTimestamp();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = clock.GetElapsedTime(started);
            var committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
            if (!policy.ShouldRelease(GC.GetTotalAllocatedBytes(), committed, now))
            {
                continue;
            }

            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            var after = GC.GetGCMemoryInfo().TotalCommittedBytes;
            policy.Released(committed, after, now);
            LogReleased(committed / (1024 * 1024), after / (1024 * 1024));
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Idle: memory released, GC committed {BeforeMiB} MiB -> {AfterMiB} MiB")]
    private partial void LogReleased(long beforeMiB, long afterMiB);
}
