using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace TaxiiServer.Storage.MongoDb.Resilience;

/// <summary>The one place the store's resilience pipeline is built: timeout ⟶ retry ⟶ circuit breaker ⟶ call.</summary>
internal static class MongoResiliencePipelineFactory
{
    public static ResiliencePipeline Create(MongoResilienceOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var transient = new PredicateBuilder().Handle<Exception>(TransientMongoErrors.IsTransient);

        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };

        // Outermost: bounds the whole call, retries and backoff included, so a caller (and a date_added lease)
        // never waits longer than Timeout.
        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = options.Timeout });

        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BackoffBase,
            });
        }

        // Inside the retry, so each attempt counts towards the failure ratio and an opening circuit stops the
        // remaining retries at once (BrokenCircuitException is not transient).
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = transient,
            FailureRatio = options.BreakerFailureRatio,
            SamplingDuration = options.BreakerSamplingDuration,
            MinimumThroughput = options.BreakerMinimumThroughput,
            BreakDuration = options.BreakDuration,
        });

        return builder.Build();
    }
}
