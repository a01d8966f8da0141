using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TaxiiServer.Benchmarks.Throughput;

/// <summary>The two things a benchmark does over HTTP: push envelopes and page through a collection.</summary>
internal sealed class TaxiiBenchClient(Uri baseAddress, string collectionUrl, string user, string password) : IDisposable
{
    private readonly HttpClient _http = Create(baseAddress, user, password);

    /// <summary>POSTs envelopes with <paramref name="parallelism"/> concurrent requests; returns accepted objects.</summary>
    public async Task<(int Succeeded, int Failed)> PostAllAsync(IReadOnlyList<byte[]> envelopes, int parallelism)
    {
        int succeeded = 0, failed = 0;
        await Parallel.ForEachAsync(envelopes, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (body, ct) =>
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/taxii+json;version=2.1");
            using var response = await _http.PostAsync(collectionUrl + "objects/", content, ct);
            var json = await response.Content.ReadAsStringAsync(ct);
            if ((int)response.StatusCode != 202)
            {
                throw new InvalidOperationException($"POST answered {(int)response.StatusCode}: {json}");
            }

            using var status = JsonDocument.Parse(json);
            Interlocked.Add(ref succeeded, status.RootElement.GetProperty("success_count").GetInt32());
            Interlocked.Add(ref failed, status.RootElement.GetProperty("failure_count").GetInt32());
        });
        return (succeeded, failed);
    }

    /// <summary>Reads the whole collection following next; returns the number of objects read.</summary>
    public async Task<int> PollAllAsync(int limit)
    {
        var count = 0;
        string? next = null;
        do
        {
            var url = $"{collectionUrl}objects/?limit={limit}" + (next is null ? "" : "&next=" + Uri.EscapeDataString(next));
            using var response = await _http.GetAsync(url);
            response.EnsureSuccessStatusCode();
            await using var stream = await response.Content.ReadAsStreamAsync();
            using var page = await JsonDocument.ParseAsync(stream);
            if (page.RootElement.TryGetProperty("objects", out var objects))
            {
                count += objects.GetArrayLength();
            }

            next = page.RootElement.GetProperty("more").GetBoolean() ? page.RootElement.GetProperty("next").GetString() : null;
        }
        while (next is not null);

        return count;
    }

    public void Dispose() => _http.Dispose();

    private static HttpClient Create(Uri baseAddress, string user, string password)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        http.DefaultRequestHeaders.Accept.ParseAdd("application/taxii+json;version=2.1");
        return http;
    }
}
