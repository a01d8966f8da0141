using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using TaxiiServer.Benchmarks.Flood;

namespace TaxiiServer.Benchmarks.Limits;

/// <summary>
/// One legitimate poller (account <c>partner</c> from 127.0.0.10, one request at a time, paging at 100 and starting
/// over at the end) against one attack on <c>connections</c> connections at full speed, for a bounded time.
/// </summary>
internal sealed class FloodOfOne(Uri baseAddress, string collectionUrl, int connections)
{
    /// <summary>An attack: which address each connection leaves from and the credentials of its n-th request.</summary>
    internal sealed record Attack(Func<int, string> Address, Func<int, int, (string User, string Password)> Credentials);

    private const int MaxAttackRequests = 2_000_000;
    private int _attackBudget = MaxAttackRequests;

    public LatencyRecorder Poller { get; } = new();

    public LatencyRecorder Attacker { get; } = new();

    /// <summary>Wrong passwords from <paramref name="addresses"/>: half for the poller's account, half for made-up names.</summary>
    public static Attack WrongPasswords(string[] addresses) => new(
        i => addresses[i % addresses.Length],
        (i, n) => (n % 2 == 0 ? "partner" : $"guess{i}-{n}", $"wrong-{n}"));

    /// <summary>A valid account paging as fast as its connections go.</summary>
    public static Attack ValidAccount(string account, string address) => new(_ => address, (_, _) => (account, account + "-password"));

    public async Task RunAsync(Attack? attack, TimeSpan duration)
    {
        using var poller = LoopbackClient.Create(baseAddress, "127.0.0.10", "partner", "partner-password", 1);
        using (var signIn = await poller.GetAsync(collectionUrl + "objects/?limit=1"))
        {
            signIn.EnsureSuccessStatusCode(); // the one PBKDF2 check; later requests hit the verified-credential cache
        }

        using var stop = new CancellationTokenSource(duration);
        var tasks = new List<Task> { PollAsync(poller, stop.Token) };
        var clients = new Dictionary<string, HttpClient>();
        if (attack is not null)
        {
            for (var i = 0; i < connections; i++)
            {
                var address = attack.Address(i);
                if (!clients.TryGetValue(address, out var client))
                {
                    clients[address] = client = LoopbackClient.Create(baseAddress, address, null, null, connections);
                }

                tasks.Add(AttackAsync(client, attack, i, stop.Token));
            }
        }

        await Task.WhenAll(tasks);
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }

    private async Task PollAsync(HttpClient client, CancellationToken stop)
    {
        string? next = null;
        while (!stop.IsCancellationRequested)
        {
            var url = collectionUrl + "objects/?limit=100" + (next is null ? "" : "&next=" + Uri.EscapeDataString(next));
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.GetAsync(url, CancellationToken.None);
                var body = await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                Poller.Record((int)response.StatusCode, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (response.IsSuccessStatusCode)
                {
                    using var page = JsonDocument.Parse(body);
                    next = page.RootElement.GetProperty("more").GetBoolean() ? page.RootElement.GetProperty("next").GetString() : null;
                }
            }
            catch (HttpRequestException)
            {
                Poller.Record(0, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
    }

    private Task AttackAsync(HttpClient client, Attack attack, int index, CancellationToken stop) => Task.Run(async () =>
    {
        for (var n = 0; !stop.IsCancellationRequested && Interlocked.Decrement(ref _attackBudget) >= 0; n++)
        {
            var (user, password) = attack.Credentials(index, n);
            using var request = new HttpRequestMessage(HttpMethod.Get, collectionUrl + "objects/?limit=100");
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.SendAsync(request, stop);
                await response.Content.ReadAsByteArrayAsync(stop);
                Attacker.Record((int)response.StatusCode, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            catch (HttpRequestException)
            {
                Attacker.Record(0, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
    }, CancellationToken.None);
}
