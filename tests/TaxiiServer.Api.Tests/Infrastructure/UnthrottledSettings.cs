using Microsoft.AspNetCore.Hosting;

namespace TaxiiServer.Api.Tests.Infrastructure;

/// <summary>
/// Protocol tests are not flood tests: in-process requests have no client address and share one anonymous bucket,
/// and suites fire hundreds of requests per second per account. These settings lift the quotas and the
/// failed-sign-in guard so that only the Limits/ tests (with their own factory) exercise them.
/// </summary>
public static class UnthrottledSettings
{
    public static IWebHostBuilder WithoutThrottling(this IWebHostBuilder builder) => builder
        .UseSetting("Taxii:Limits:Account:PermitsPerSecond", "100000")
        .UseSetting("Taxii:Limits:Account:Burst", "100000")
        .UseSetting("Taxii:Limits:Account:MaxPending", "100000")
        .UseSetting("Taxii:Limits:Anonymous:PermitsPerSecond", "100000")
        .UseSetting("Taxii:Limits:Anonymous:Burst", "100000")
        .UseSetting("Taxii:Limits:FailedAuthentication:MaxFailuresPerAddress", "1000000")
        .UseSetting("Taxii:Limits:FailedAuthentication:MaxFailuresPerAccountAndAddress", "1000000")
        .UseSetting("Taxii:Limits:FailedAuthentication:AccountSlowDownThreshold", "1000000")
        .UseSetting("Taxii:Limits:Expensive:ConcurrencyLimit", "64")
        .UseSetting("Taxii:Limits:Expensive:QueueLimit", "1000")
        .UseSetting("Taxii:Limits:Work:ConcurrencyLimit", "256")
        .UseSetting("Taxii:Limits:Work:QueueLimit", "100000");
}
