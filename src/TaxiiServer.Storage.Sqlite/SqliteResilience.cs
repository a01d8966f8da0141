using Microsoft.Data.Sqlite;
using Polly;
using Polly.Retry;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Storage.Sqlite;

/// <summary>
/// The one retry policy of the SQLite store: SQLITE_BUSY and SQLITE_LOCKED are transient (another writer, possibly
/// another process, holds the lock), everything else is a bug or a broken file and surfaces at once.
/// </summary>
internal static class SqliteResilience
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;

    /// <summary>Retries after the first attempt; with the busy timeout this bounds how long a caller waits.</summary>
    public const int MaxRetryAttempts = 3;

    public static ResiliencePipeline Create(TimeSpan baseDelay) =>
        new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<SqliteException>(IsTransient),
                MaxRetryAttempts = MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = baseDelay,
            })
            .Build();

    public static bool IsTransient(SqliteException e) => (e.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked;

    /// <summary>
    /// The file cannot be opened, read or grown (disk full, I/O error): retrying at once will not help, but the
    /// request did not fail because of its content either, so the caller gets a 503 rather than a 500.
    /// </summary>
    public static bool IsUnavailable(SqliteException e) =>
        (e.SqliteErrorCode & 0xFF) is SqliteIoError or SqliteFull or SqliteCantOpen;

    /// <summary>Runs <paramref name="action"/> through the pipeline; exhausted retries become a 503-able error.</summary>
    public static async ValueTask<T> ExecuteAsync<T>(
        ResiliencePipeline pipeline, Func<CancellationToken, ValueTask<T>> action, CancellationToken ct)
    {
        try
        {
            return await pipeline.ExecuteAsync(action, ct);
        }
        catch (SqliteException e) when (IsTransient(e))
        {
            throw new StoreUnavailableException("The SQLite database stayed locked by another writer.", e)
            {
                RetryAfter = TimeSpan.FromSeconds(1),
            };
        }
        catch (SqliteException e) when (IsUnavailable(e))
        {
            throw new StoreUnavailableException($"The SQLite database cannot be used: {e.Message}", e);
        }
    }
}
