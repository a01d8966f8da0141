using System.Globalization;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TaxiiServer.Api.Http;
using TaxiiServer.Application.Diagnostics;
using TaxiiServer.Application.Limits;
using TaxiiServer.Core.Errors;

namespace TaxiiServer.Api.Limits;

/// <summary>
/// Wires the defences: the anonymous budget, the per-account shaper, the fair work pools, the failed-authentication
/// guard, timeouts and Kestrel's limits.
/// </summary>
internal static class LimitsRegistration
{
    public static IServiceCollection AddTaxiiLimits(this IServiceCollection services)
    {
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LimitsOptions>, LimitsOptionsValidator>());
        services.AddTaxiiFailedAuthenticationGuard();
        services.TryAddSingleton<TaxiiMetrics>();
        services.TryAddSingleton<FailedAuthenticationGate>();
        services.TryAddSingleton<AnonymousQuota>();
        services.TryAddSingleton(provider => new RequestShaper(
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxShapingDelay));
        services.TryAddSingleton<WorkPools>();
        services.TryAddSingleton<ExpensiveWork>();

        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<LimitsOptions>>((timeouts, limits) =>
            timeouts.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = limits.Value.RequestTimeout,
                TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
                WriteTimeoutResponse = context =>
                {
                    // RequestAborted is the timed-out token here: writing the error with it would fail half-way.
                    context.RequestAborted = CancellationToken.None;
                    context.Response.Headers.RetryAfter = "5";
                    return TaxiiErrorWriter.WriteAsync(context, TaxiiErrorCode.ServerBusy, string.Create(CultureInfo.InvariantCulture,
                        $"The request took longer than {limits.Value.RequestTimeout.TotalSeconds:0.#} s and was stopped; retry later, with a smaller page or envelope."));
                },
            });

        services.AddOptions<KestrelServerOptions>().Configure<IOptions<LimitsOptions>>((kestrel, limits) =>
            Apply(kestrel.Limits, limits.Value.Connections));
        return services;
    }

    /// <summary>Place after <c>UseAuthentication</c> (quotas are per account) and before <c>UseAuthorization</c>.</summary>
    public static WebApplication UseTaxiiLimits(this WebApplication app)
    {
        app.UseRequestTimeouts();
        app.UseMiddleware<LimitsMiddleware>();
        return app;
    }

    private static void Apply(KestrelServerLimits kestrel, ConnectionLimitsOptions limits)
    {
        kestrel.RequestHeadersTimeout = limits.RequestHeadersTimeout;
        kestrel.KeepAliveTimeout = limits.KeepAliveTimeout;
        kestrel.MinRequestBodyDataRate = new MinDataRate(limits.MinRequestBodyDataRate, limits.DataRateGracePeriod);
        kestrel.MinResponseDataRate = new MinDataRate(limits.MinResponseDataRate, limits.DataRateGracePeriod);
        kestrel.MaxConcurrentConnections = limits.MaxConcurrentConnections;
        kestrel.MaxConcurrentUpgradedConnections = limits.MaxConcurrentConnections;
        // Kestrel answers its own limits with an empty body, before the application runs. Set above the configured
        // ones, they only catch the grossly oversized; RequestSizeLimits answers the rest with an error resource.
        kestrel.MaxRequestHeadersTotalSize = RequestSizeLimits.HardLimit(limits.MaxRequestHeadersTotalSize);
        kestrel.MaxRequestHeaderCount = RequestSizeLimits.HardLimit(limits.MaxRequestHeaderCount);
        kestrel.MaxRequestLineSize = RequestSizeLimits.HardLimit(limits.MaxRequestLineSize);
        kestrel.MaxRequestBodySize = limits.MaxRequestBodySize;
        kestrel.MaxRequestBufferSize = limits.MaxRequestBufferSize;
    }
}
