using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaxiiServer.Application.Options;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Application.Bootstrap;

/// <summary>
/// Runs before the server accepts requests: creates the store's schema and indexes, then applies the bootstrap
/// file. A bad bootstrap file or schema stops the start with its reason. An unreachable store does not: the node
/// starts, answers 503 (and not-ready) meanwhile, and finishes the initialisation in the background as soon as the
/// store answers, so a database outage never turns into a crash loop of every node.
/// </summary>
public sealed partial class StartupInitializer(
    IEnumerable<IStoreInitializer> initializers,
    BootstrapApplier applier,
    IOptions<BootstrapOptions> options,
    ILogger<StartupInitializer> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);
    private BootstrapDocument? _pending;
    private volatile bool _deferred;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Load and check the file before touching the store: a broken file must fail the start, store or not.
        var document = options.Value.File is { Length: > 0 } file ? BootstrapLoader.Load(file) : null;
        try
        {
            await InitializeAsync(document, cancellationToken);
        }
        catch (StoreUnavailableException ex)
        {
            LogDeferred(ex, RetryDelay.TotalSeconds);
            _pending = document;
            _deferred = true;
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (_deferred && !stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(RetryDelay, stoppingToken);
            try
            {
                await InitializeAsync(_pending, stoppingToken);
                _deferred = false;
                LogRecovered();
            }
            catch (StoreUnavailableException ex)
            {
                LogDeferred(ex, RetryDelay.TotalSeconds);
            }
        }
    }

    private async Task InitializeAsync(BootstrapDocument? document, CancellationToken ct)
    {
        foreach (var initializer in initializers)
        {
            await initializer.InitializeAsync(ct);
        }

        if (document is not null)
        {
            await applier.ApplyAsync(document, ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The store is unreachable at start-up; serving 503 and retrying its initialisation every {Seconds} s")]
    private partial void LogDeferred(Exception exception, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store is reachable again; schema, indexes and bootstrap applied")]
    private partial void LogRecovered();
}
