using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using TaxiiServer.Application.Diagnostics;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Api.Observability;

/// <summary>Metrics (OpenTelemetry, Prometheus text at <c>/metrics</c>), JSON logs and request ids.</summary>
internal static class ObservabilityRegistration
{
    public static WebApplicationBuilder AddTaxiiObservability(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section)
            .Validate(o => o.EffectiveAllowedAddresses.All(a => TryParseNetwork(a, out _)),
                "Taxii:Metrics:AllowedAddresses must hold IP addresses or CIDR networks.")
            .ValidateOnStart();
        services.TryAddSingleton<TaxiiMetrics>();
        DecorateObjectStore(services);

        var json = builder.Configuration.GetSection(LoggingFormatOptions.Section).Get<LoggingFormatOptions>()?.Json
            ?? !builder.Environment.IsDevelopment();
        if (json)
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(TaxiiMetrics.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddPrometheusExporter());
        return builder;
    }

    /// <summary>First middleware: request ids and request metrics wrap everything, <c>/metrics</c> for allowed addresses.</summary>
    public static WebApplication UseTaxiiObservability(this WebApplication app)
    {
        app.UseMiddleware<RequestTelemetryMiddleware>();
        var options = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value;
        if (options.Enabled)
        {
            var allowed = options.EffectiveAllowedAddresses
                .Select(a => TryParseNetwork(a, out var network) ? network : throw new InvalidOperationException(a))
                .ToList();
            // Anyone else gets the TAXII 404 of an unknown path: the endpoint's existence is not revealed.
            app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
                context.Request.Path == "/metrics" &&
                context.Connection.RemoteIpAddress is { } address &&
                allowed.Any(n => n.Contains(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address)));
        }

        return app;
    }

    private static bool TryParseNetwork(string value, out IPNetwork network)
    {
        if (IPAddress.TryParse(value, out var single))
        {
            network = new IPNetwork(single, single.GetAddressBytes().Length * 8);
            return true;
        }

        return IPNetwork.TryParse(value, out network);
    }

    /// <summary>Wraps whichever object store is registered, so store latency and page sizes are measured.</summary>
    private static void DecorateObjectStore(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IObjectStore));
        if (registered is null || services.Any(d => d.ServiceType == typeof(ObjectStoreTimed)))
        {
            return;
        }

        services.AddSingleton<ObjectStoreTimed>();

        services.Remove(registered);
        services.Add(ServiceDescriptor.Describe(typeof(IObjectStore), provider => new TimedObjectStore(
            (IObjectStore)(registered.ImplementationInstance
                ?? registered.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!)),
            provider.GetRequiredService<TaxiiMetrics>()), registered.Lifetime));
    }

    /// <summary>Marks the object store as wrapped, so registering twice does not wrap it twice.</summary>
    private sealed class ObjectStoreTimed;
}
