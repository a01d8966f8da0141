using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Storage.MongoDb.Resilience;

/// <summary>
/// Runs every store operation through the resilience pipeline and turns "the pipeline gave up" into Core's
/// <see cref="StoreUnavailableException"/> (HTTP 503). Non-transient errors come out unchanged.
/// </summary>
internal sealed class MongoStoreExecutor
{
    private readonly ResiliencePipeline _pipeline;
    private readonly MongoResilienceOptions _options;

    public MongoStoreExecutor(MongoResilienceOptions options, TimeProvider timeProvider)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _pipeline = MongoResiliencePipelineFactory.Create(options, timeProvider);
    }

    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(operation);
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (op, token) => await op(token).ConfigureAwait(false), operation, ct);
        }
        catch (BrokenCircuitException ex)
        {
            throw new StoreUnavailableException("MongoDB is unavailable: the circuit breaker is open.", ex)
            {
                RetryAfter = ex.RetryAfter ?? _options.BreakDuration,
            };
        }
        catch (TimeoutRejectedException ex)
        {
            throw new StoreUnavailableException($"MongoDB did not answer within {_options.Timeout}.", ex);
        }
        catch (Exception ex) when (TransientMongoErrors.IsTransient(ex))
        {
            throw new StoreUnavailableException(
                $"MongoDB is unavailable after {_options.MaxRetryAttempts} retries: {ex.Message}", ex);
        }
    }

    public Task ExecuteAsync(Func<CancellationToken, Task> operation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return ExecuteAsync(async token =>
        {
            await operation(token).ConfigureAwait(false);
            return true;
        }, ct);
    }
}
