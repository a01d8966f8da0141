using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TaxiiServer.Application.Options;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Application.Bootstrap;

/// <summary>
/// Runs before the server accepts requests: creates the store's schema and indexes, then applies the bootstrap
/// file. A failure stops the start with its reason rather than serving from a half-made store.
/// </summary>
public sealed class StartupInitializer(
    IEnumerable<IStoreInitializer> initializers, BootstrapApplier applier, IOptions<BootstrapOptions> options)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var initializer in initializers)
        {
            await initializer.InitializeAsync(cancellationToken);
        }

        if (options.Value.File is { Length: > 0 } file)
        {
            await applier.ApplyAsync(BootstrapLoader.Load(file), cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
