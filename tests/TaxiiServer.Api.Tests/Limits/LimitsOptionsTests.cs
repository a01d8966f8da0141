using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TaxiiServer.Api.Limits;
using TaxiiServer.Application.Limits;

namespace TaxiiServer.Api.Tests.Limits;

/// <summary>A bad <c>Taxii:Limits</c> value is refused with a message naming the setting (and stops the start).</summary>
public sealed class LimitsOptionsTests
{
    [TestCase("Taxii:Limits:Account:Burst", "5", "Account:Burst")] // burst below the 200/s rate: the bucket could never hold a second
    [TestCase("Taxii:Limits:Accounts:bulk:PermitsPerSecond", "0", "Accounts:bulk")] // no permits at all: the account could never call
    [TestCase("Taxii:Limits:Account:MaxPending", "0", "Account")] // no request could ever be outstanding
    [TestCase("Taxii:Limits:Expensive:ConcurrencyLimit", "0", "Expensive")] // no slot: every POST would be 503
    [TestCase("Taxii:Limits:Work:ConcurrencyLimit", "0", "Work")] // no slot: every request would be 503
    [TestCase("Taxii:Limits:MaxShapingDelay", "-00:00:01", "MaxShapingDelay")]
    [TestCase("Taxii:Limits:RequestTimeout", "00:00:00", "RequestTimeout")] // every request would time out at once
    [TestCase("Taxii:Limits:Connections:MaxRequestLineSize", "10", "Connections")] // no URL fits in 10 bytes
    [TestCase("Taxii:Limits:FailedAuthentication:MaxFailuresPerAddress", "0", "MaxFailuresPerAddress")] // refuse everyone
    public void A_bad_limit_is_refused_with_its_name(string key, string value, string named)
    {
        using var provider = Services(key, value);
        var failure = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = provider.GetRequiredService<IOptions<LimitsOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<FailedAuthenticationOptions>>().Value;
        });
        Assert.That(failure!.Message, Does.Contain(named));
    }

    [Test]
    public void The_defaults_are_valid_and_an_override_is_bound()
    {
        using var provider = Services("Taxii:Limits:Accounts:bulk:Burst", "400");
        var limits = provider.GetRequiredService<IOptions<LimitsOptions>>().Value;
        Assert.Multiple(() =>
        {
            Assert.That(limits.QuotaFor("someone").PermitsPerSecond, Is.EqualTo(200));
            Assert.That(limits.QuotaFor("someone").Burst, Is.EqualTo(2000));
            Assert.That(limits.QuotaFor("someone").MaxPending, Is.EqualTo(64));
            Assert.That(limits.QuotaFor("bulk").Burst, Is.EqualTo(400));
        });
    }

    [Test]
    public void The_server_does_not_start_with_a_bad_limit()
    {
        using var factory = new LimitsApiFactory(new Dictionary<string, string?> { ["Taxii:Limits:Anonymous:Burst"] = "1" });
        Assert.That(() => factory.CreateClient(), Throws.Exception);
    }

    private static ServiceProvider Services(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddTaxiiLimits();
        return services.BuildServiceProvider();
    }
}
