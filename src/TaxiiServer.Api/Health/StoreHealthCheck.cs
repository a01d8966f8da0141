using Microsoft.Extensions.Diagnostics.HealthChecks;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Api.Health;

/// <summary>Readiness: the store answers within a short timeout. The reason stays in the logs, not the response.</summary>
internal sealed class StoreHealthCheck(IStoreProbe probe) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await probe.PingAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("store unreachable", ex);
        }
    }
}
