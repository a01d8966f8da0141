using System.Threading.RateLimiting;
using TaxiiServer.Application.Diagnostics;

namespace TaxiiServer.Api.Limits;

/// <summary>
/// Runs after authentication, before authorization: refuses sign-ins the failed-authentication guard stopped (429),
/// applies the account or address quota (429), then queues expensive work behind its concurrency limit (503 when
/// the queue is full or the wait too long). Each refusal is cheap: no store call, no hashing, no body read.
/// </summary>
internal sealed partial class LimitsMiddleware(
    RequestDelegate next, RequestQuotas quotas, ExpensiveWork expensive, TaxiiMetrics metrics, ILogger<LimitsMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (FailedAuthenticationGate.RefusalOf(context) is { } refusal)
        {
            metrics.Rejected("failed-authentication", refusal.Reason);
            LogRefused("failed-authentication", refusal.Reason);
            await LimitResponses.TooManyRequestsAsync(context, refusal.RetryAfter,
                "Too many failed sign-in attempts from this address or for this account; wait before trying again.");
            return;
        }

        var account = context.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : null;
        using (var quota = quotas.Acquire(context))
        {
            if (!quota.IsAcquired)
            {
                var limiter = account is null ? "address-quota" : "account-quota";
                metrics.Rejected(limiter, "over-quota");
                LogRefused(limiter, "over-quota");
                var retryAfter = quota.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                await LimitResponses.TooManyRequestsAsync(context, retryAfter, account is null
                    ? "Too many requests without valid credentials from this address; slow down."
                    : "This account is over its request quota; slow down and honour Retry-After.");
                return;
            }
        }

        // The account name (never a credential) goes into every log line of this request.
        using var scope = account is null ? null : logger.BeginScope("Account {Account}", account);
        if (!expensive.IsExpensive(context))
        {
            await next(context);
            return;
        }

        using var lease = await AcquireSlotAsync(context);
        if (lease is not { IsAcquired: true })
        {
            var reason = lease is null ? "queue-wait" : "queue-full";
            metrics.Rejected("expensive", reason);
            LogRefused("expensive", reason);
            await LimitResponses.BusyAsync(context, expensive.MaxQueueWait,
                "The server is busy with other large requests; retry later (smaller pages are served meanwhile).");
            return;
        }

        await next(context);
    }

    /// <summary>A slot, a refused lease when the queue is full, or null when the wait ran out.</summary>
    private async Task<RateLimitLease?> AcquireSlotAsync(HttpContext context)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        wait.CancelAfter(expensive.MaxQueueWait);
        try
        {
            return await expensive.AcquireAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Request refused by {Limiter} ({Reason})")]
    private partial void LogRefused(string limiter, string reason);
}
