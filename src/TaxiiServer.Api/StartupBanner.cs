using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using TaxiiServer.Api.Options;
using TaxiiServer.Application.Options;

namespace TaxiiServer.Api;

/// <summary>Tells the person who just started the server where it listens and how to log in.</summary>
internal sealed partial class StartupBanner(
    IServer server,
    IHostApplicationLifetime lifetime,
    IOptions<BootstrapOptions> bootstrap,
    IConfiguration configuration,
    ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var provider = configuration.GetValue(StorageOptions.Section + ":Provider", StorageProvider.Sqlite);
            var providerName = provider.ToString();
            foreach (var address in addresses)
            {
                var discovery = address.TrimEnd('/') + "/taxii2/";
                LogListening(discovery, providerName);
            }

            var file = string.IsNullOrEmpty(bootstrap.Value.File)
                ? "(no bootstrap file configured)"
                : Path.GetFullPath(bootstrap.Value.File);
            var first = addresses.FirstOrDefault()?.TrimEnd('/') ?? "http://127.0.0.1:5080";
            LogLogin(file, first);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "TAXII 2.1 discovery at {Url} (store: {Provider})")]
    private partial void LogListening(string url, string provider);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Log in with HTTP Basic as an account of the bootstrap file {File}, e.g. curl -u <name>:<password> -H 'Accept: application/taxii+json;version=2.1' {Address}/taxii2/")]
    private partial void LogLogin(string file, string address);
}
