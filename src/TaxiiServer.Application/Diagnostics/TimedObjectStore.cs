using System.Diagnostics;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Application.Diagnostics;

/// <summary>
/// Wraps the configured object store to measure each call's latency and the size of each page read, so every
/// backend is measured the same way without instrumenting its code.
/// </summary>
public sealed class TimedObjectStore(IObjectStore inner, TaxiiMetrics metrics) : IObjectStore
{
    public Task<IReadOnlyList<AddOutcome>> AddAsync(string collectionId, IReadOnlyList<NewObject> objects, CancellationToken ct) =>
        TimeAsync("add", () => inner.AddAsync(collectionId, objects, ct));

    public Task<ObjectPage> QueryAsync(ObjectQuery query, bool includeContent, CancellationToken ct) =>
        TimeAsync("query", async () =>
        {
            var page = await inner.QueryAsync(query, includeContent, ct);
            metrics.PageServed(includeContent ? "objects" : "manifest", page.Items.Count);
            return page;
        });

    public Task<int> DeleteAsync(ObjectQuery query, CancellationToken ct) =>
        TimeAsync("delete", () => inner.DeleteAsync(query, ct));

    public Task<bool> ExistsAsync(string collectionId, string id, CancellationToken ct) =>
        TimeAsync("exists", () => inner.ExistsAsync(collectionId, id, ct));

    public Task<long> CountAsync(string collectionId, CancellationToken ct) =>
        TimeAsync("count", () => inner.CountAsync(collectionId, ct));

    public Task<long> DeleteCollectionAsync(string collectionId, CancellationToken ct) =>
        TimeAsync("delete-collection", () => inner.DeleteCollectionAsync(collectionId, ct));

    /// <summary>Runs one store call and records its latency, whether it succeeded or threw.</summary>
    private async Task<T> TimeAsync<T>(string operation, Func<Task<T>> call)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await call();
        }
        finally
        {
            metrics.StoreCall(operation, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }
}
