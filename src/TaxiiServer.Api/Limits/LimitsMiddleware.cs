using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using TaxiiServer.Application.Diagnostics;
using TaxiiServer.Application.Limits;

namespace TaxiiServer.Api.Limits;

/// <summary>
/// Runs after authentication, before authorization. Requests without a verified account get the small per-address
/// budget (429 over it) and no work slot. A verified account's request is shaped: over the account's rate it
/// waits for its turn; only beyond the account's bound on outstanding requests is it refused (429). Then it waits
/// for a slot of its pool (ordinary or expensive work), which goes to the account holding the fewest, so one
/// account's flood cannot push another's requests out; 503 only when the node itself is saturated. Refusals are
/// cheap: no store call, no hashing, no body read.
/// </summary>
internal sealed partial class LimitsMiddleware(
    RequestDelegate next,
    AnonymousQuota anonymous,
    RequestShaper shaper,
    WorkPools pools,
    ExpensiveWork expensive,
    IOptions<LimitsOptions> options,
    TimeProvider clock,
    TaxiiMetrics metrics,
    ILogger<LimitsMiddleware> logger)
{
    private readonly LimitsOptions _limits = options.Value;

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

        if (context.User.Identity is not { IsAuthenticated: true, Name: { } account })
        {
            await InvokeAnonymousAsync(context);
            return;
        }

        var quota = _limits.QuotaFor(account);
        var decision = shaper.Admit(account, new ShapingQuota(quota.PermitsPerSecond, quota.Burst, quota.MaxPending));
        if (decision.Lease is not { } pending)
        {
            metrics.Rejected("account-quota", decision.Reason!, account);
            LogRefused("account-quota", decision.Reason!);
            await LimitResponses.TooManyRequestsAsync(context, decision.RetryAfter,
                "This account has too many requests in flight or waiting; wait for answers before sending more, and honour Retry-After.");
            return;
        }

        using (pending)
        {
            // The account name (never a credential) goes into every log line of this request.
            using var scope = logger.BeginScope("Account {Account}", account);
            if (decision.Delay > TimeSpan.Zero && !await WaitForTurnAsync(context, account, decision.Delay))
            {
                return;
            }

            var isExpensive = expensive.IsExpensive(context);
            var pool = isExpensive ? pools.Expensive : pools.Work;
            var poolName = isExpensive ? "expensive" : "work";
            var started = clock.GetTimestamp();
            WorkSlot slot;
            try
            {
                slot = await pool.AcquireAsync(account, isExpensive ? pools.ExpensiveWait : pools.WorkWait, context.RequestAborted);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                return;
            }

            if (slot.Queued)
            {
                metrics.QueueWaited(poolName, clock.GetElapsedTime(started));
            }

            if (slot.Lease is not { } lease)
            {
                var reason = slot.Refusal == WorkRefusal.QueueFull ? "queue-full" : "queue-wait";
                metrics.Rejected(poolName, reason, account);
                LogRefused(poolName, reason);
                await LimitResponses.BusyAsync(context, isExpensive ? pools.ExpensiveWait : TimeSpan.FromSeconds(1), isExpensive
                    ? "The server is busy with other large requests; retry later (smaller pages are served meanwhile)."
                    : "The server is saturated; retry later.");
                return;
            }

            using (lease)
            {
                await next(context);
            }
        }
    }

    private async Task InvokeAnonymousAsync(HttpContext context)
    {
        using (var quota = anonymous.Acquire(context))
        {
            if (!quota.IsAcquired)
            {
                metrics.Rejected("address-quota", "over-quota");
                LogRefused("address-quota", "over-quota");
                var retryAfter = quota.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                await LimitResponses.TooManyRequestsAsync(context, retryAfter,
                    "Too many requests without valid credentials from this address; slow down.");
                return;
            }
        }

        await next(context);
    }

    /// <summary>False when the client left while waiting (nothing more to answer).</summary>
    private async Task<bool> WaitForTurnAsync(HttpContext context, string account, TimeSpan delay)
    {
        metrics.Shaped(account, delay);
        shaper.WaitStarted();
        try
        {
            await Task.Delay(delay, clock, context.RequestAborted);
            return true;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return false;
        }
        finally
        {
            shaper.WaitEnded();
        }
    }

    // Debug: a flood is thousands of refusals a second, and a log line each would make the log the bottleneck;
    // taxii.limits.rejections counts them by limiter, reason and account.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Request refused by {Limiter} ({Reason})")]
    private partial void LogRefused(string limiter, string reason);
}
