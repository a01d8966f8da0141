using System.Diagnostics;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Application.Diagnostics;

/// <summary>
/// Wraps the configured object store to measure each call's latency and the size of each page read, so every
/// backend is measured the same way without instrumenting its code.
/// </summary>
public sealed class TimedObjectStore(IObjectStore inner, TaxiiMetrics metrics) : IObjectStore
{
    public async Task<IReadOnlyList<AddOutcome>> AddAsync(string collectionId, IReadOnlyList<NewObject> objects, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await inner.AddAsync(collectionId, objects, ct);
        }
        finally
        {
            metrics.StoreCall("add", Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    public async Task<ObjectPage> QueryAsync(ObjectQuery query, bool includeContent, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            var page = await inner.QueryAsync(query, includeContent, ct);
            metrics.PageServed(includeContent ? "objects" : "manifest", page.Items.Count);
            return page;
        }
        finally
        {
            metrics.StoreCall("query", Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    public async Task<int> DeleteAsync(ObjectQuery query, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await inner.DeleteAsync(query, ct);
        }
        finally
        {
            metrics.StoreCall("delete", Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    public async Task<bool> ExistsAsync(string collectionId, string id, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await inner.ExistsAsync(collectionId, id, ct);
        }
        finally
        {
            metrics.StoreCall("exists", Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    public async Task<long> CountAsync(string collectionId, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await inner.CountAsync(collectionId, ct);
        }
        finally
        {
            metrics.StoreCall("count", Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    public async Task<long> DeleteCollectionAsync(string collectionId, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await inner.DeleteCollectionAsync(collectionId, ct);
        }
        finally
        {
            metrics.StoreCall("delete-collection", Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }
}
