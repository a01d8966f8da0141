using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using TaxiiServer.Benchmarks.Flood;

namespace TaxiiServer.Benchmarks.Limits;

/// <summary>
/// What a partner script and a SIEM do, one request at a time as taxii2-client does: push every envelope one
/// after another, then page the objects back at 100 following <c>next</c>, then the manifest the same way. Every
/// answer's status is counted: with the defaults nothing may be refused.
/// </summary>
internal sealed class SyncScenario(Uri baseAddress, string collectionUrl)
{
    private readonly LatencyRecorder _requests = new();
    private TimeSpan _push;
    private TimeSpan _objects;
    private TimeSpan _manifest;
    private int _objectsRead;
    private int _manifestRead;

    /// <summary>Runs the sync; returns its total time.</summary>
    public async Task<TimeSpan> RunAsync(IReadOnlyList<byte[]> envelopes)
    {
        using var client = LoopbackClient.Create(baseAddress, "127.0.0.20", "siem", "siem-password", 1);
        await Timed(client, collectionUrl + "objects/?limit=1"); // the one PBKDF2 check of the session
        var clock = Stopwatch.StartNew();
        foreach (var envelope in envelopes)
        {
            using var content = new ByteArrayContent(envelope);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/taxii+json;version=2.1");
            var start = Stopwatch.GetTimestamp();
            using var response = await client.PostAsync(collectionUrl + "objects/", content);
            await response.Content.ReadAsByteArrayAsync();
            _requests.Record((int)response.StatusCode, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        _push = clock.Elapsed;
        _objectsRead = await PageAllAsync(client, "objects/");
        _objects = clock.Elapsed - _push;
        _manifestRead = await PageAllAsync(client, "manifest/");
        _manifest = clock.Elapsed - _push - _objects;
        return clock.Elapsed;
    }

    public string Report() => string.Create(CultureInfo.InvariantCulture,
        $"push {_push.TotalSeconds:F1} s, objects {_objectsRead:N0} in {_objects.TotalSeconds:F1} s, manifest {_manifestRead:N0} in {_manifest.TotalSeconds:F1} s, total {(_push + _objects + _manifest).TotalSeconds:F1} s; {_requests.Total:N0} requests ({_requests.Statuses}), p50 {_requests.Percentile(50):F1} ms, p99 {_requests.Percentile(99):F1} ms");

    private async Task<int> PageAllAsync(HttpClient client, string resource)
    {
        var count = 0;
        string? next = null;
        do
        {
            var url = collectionUrl + resource + "?limit=100" + (next is null ? "" : "&next=" + Uri.EscapeDataString(next));
            var body = await Timed(client, url);
            if (body is null)
            {
                return count; // refused: the sync dies here, as taxii2-client's would
            }

            using var page = JsonDocument.Parse(body);
            count += page.RootElement.TryGetProperty("objects", out var records) ? records.GetArrayLength() : 0;
            next = page.RootElement.GetProperty("more").GetBoolean() ? page.RootElement.GetProperty("next").GetString() : null;
        }
        while (next is not null);

        return count;
    }

    private async Task<byte[]?> Timed(HttpClient client, string url)
    {
        var start = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        _requests.Record((int)response.StatusCode, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return response.IsSuccessStatusCode ? body : null;
    }
}
