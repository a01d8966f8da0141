using System.Diagnostics;
using System.Text.Json;

namespace TaxiiServer.Benchmarks.Flood;

/// <summary>
/// The clients of one phase: legitimate pollers paging a collection at a steady rate and, in the flood phase,
/// attackers at full speed (no credentials, wrong passwords from many addresses, a valid account far over its
/// quota). Bounded by the phase duration and a total attack request budget.
/// </summary>
internal sealed class FloodScenario(Uri baseAddress, string collectionUrl, FloodSettings settings)
{
    public LatencyRecorder Pollers { get; } = new();

    public Dictionary<string, LatencyRecorder> Attacks { get; } = new()
    {
        ["no credentials"] = new(),
        ["wrong passwords"] = new(),
        ["over quota"] = new(),
    };

    private int _attackBudget = settings.MaxAttackRequests;

    public async Task RunAsync(bool flood)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(settings.PhaseSeconds));
        var tasks = Enumerable.Range(0, settings.Pollers).Select(i => PollAsync(i, stop.Token)).ToList();
        if (flood)
        {
            tasks.AddRange(Attack("no credentials", i => LoopbackClient.Create(baseAddress, $"127.0.1.{1 + i % 4}", null, null, 4), "taxii2/", stop.Token));
            tasks.AddRange(Attack("wrong passwords", i => LoopbackClient.Create(baseAddress, $"127.0.2.{1 + i}", i % 2 == 0 ? "poller0" : $"guess{i}", "wrong-" + i, 4), "taxii2/", stop.Token));
            tasks.AddRange(Attack("over quota", _ => LoopbackClient.Create(baseAddress, "127.0.3.1", "greedy", "greedy-password", 64), collectionUrl + "objects/?limit=100", stop.Token));
        }

        await Task.WhenAll(tasks);
    }

    /// <summary>One poller: a page every <c>1 / PollerRate</c> s, following next and starting over at the end.</summary>
    private async Task PollAsync(int index, CancellationToken stop)
    {
        using var client = LoopbackClient.Create(baseAddress, $"127.0.0.{10 + index}", $"poller{index}", $"poller{index}-password", 2);
        var interval = TimeSpan.FromSeconds(1.0 / settings.PollerRate);
        var clock = Stopwatch.StartNew();
        string? next = null;
        for (var k = 0; !stop.IsCancellationRequested; k++)
        {
            var wait = interval * k - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, stop);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            var url = collectionUrl + "objects/?limit=100" + (next is null ? "" : "&next=" + Uri.EscapeDataString(next));
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.GetAsync(url, CancellationToken.None);
                var body = await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                Pollers.Record((int)response.StatusCode, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (response.IsSuccessStatusCode)
                {
                    using var page = JsonDocument.Parse(body);
                    next = page.RootElement.GetProperty("more").GetBoolean() ? page.RootElement.GetProperty("next").GetString() : null;
                }
            }
            catch (HttpRequestException)
            {
                Pollers.Record(0, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
    }

    private IEnumerable<Task> Attack(string kind, Func<int, HttpClient> client, string url, CancellationToken stop) =>
        Enumerable.Range(0, settings.AttackersPerKind).Select(i => Task.Run(async () =>
        {
            using var http = client(i);
            var recorder = Attacks[kind];
            while (!stop.IsCancellationRequested && Interlocked.Decrement(ref _attackBudget) >= 0)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(url, stop);
                    await response.Content.ReadAsByteArrayAsync(stop);
                    recorder.Record((int)response.StatusCode, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                catch (HttpRequestException)
                {
                    recorder.Record(0, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }
        }));
}

/// <summary>The knobs of a flood run (command-line options).</summary>
internal sealed record FloodSettings(int PhaseSeconds, int Pollers, double PollerRate, int AttackersPerKind, int MaxAttackRequests);
