using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaxiiServer.Application.Options;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Application.Status;

/// <summary>Deletes status resources once their retention after completion has passed.</summary>
public sealed partial class StatusPurgeService(
    IStatusStore statuses, IOptions<StatusOptions> options, TimeProvider clock, ILogger<StatusPurgeService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, clock);
        do
        {
            try
            {
                var cutoff = TaxiiTimestamp.FromDateTimeOffset(clock.GetUtcNow() - options.Value.Retention);
                var purged = await statuses.PurgeAsync(cutoff, stoppingToken);
                if (purged > 0)
                {
                    LogPurged(purged);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next tick tries again; a purge that fails only keeps statuses a little longer.
                LogPurgeFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} expired status resources")]
    private partial void LogPurged(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging expired status resources failed")]
    private partial void LogPurgeFailed(Exception exception);
}
