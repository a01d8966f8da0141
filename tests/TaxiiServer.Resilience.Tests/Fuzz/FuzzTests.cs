using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using TaxiiServer.Resilience.Tests.Infrastructure;
using TaxiiServer.Testing;

namespace TaxiiServer.Resilience.Tests.Fuzz;

/// <summary>
/// The seeded fuzzer against the real server process. TAXII_FUZZ_REQUESTS sets the count (default 10,000 in CI;
/// 100,000 for a long run), TAXII_FUZZ_SEED the seed. Each finding is saved under TestResults/fuzz-findings as a
/// replayable file; copy one into Fuzz/Findings to keep it as a regression case.
/// </summary>
public sealed class FuzzTests
{
    private const double MemoryBoundMiB = 100;
    private ServerProcess? _server;
    private string _dataDir = "";

    private ServerProcess Server => _server ?? throw new InvalidOperationException("not started");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _dataDir = Directory.CreateTempSubdirectory("taxii-fuzz-").FullName;
        // The fuzzer sends from one address, and most of its requests fail: the anonymous budget and the failed
        // sign-in guard (tested on their own) would answer nearly everything with 429 and hide the input handling.
        _server = await ServerProcess.StartAsync(Hub.ServerDll(), _dataDir, Hub.WriteBootstrap(_dataDir), new Dictionary<string, string>
        {
            ["Taxii__Limits__Anonymous__PermitsPerSecond"] = "100000",
            ["Taxii__Limits__Anonymous__Burst"] = "100000",
            ["Taxii__Limits__FailedAuthentication__MaxFailuresPerAddress"] = "1000000",
            ["Taxii__Limits__FailedAuthentication__MaxFailuresPerAccountAndAddress"] = "1000000",
            ["Taxii__Limits__FailedAuthentication__AccountSlowDownThreshold"] = "1000000",
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Test]
    public async Task Hostile_requests_never_cost_a_server_error_a_bare_error_or_the_nodes_memory()
    {
        var count = Hub.Setting("TAXII_FUZZ_REQUESTS", 10_000);
        var seed = Hub.Setting("TAXII_FUZZ_SEED", 20261205);
        var host = $"{Server.BaseAddress.Host}:{Server.BaseAddress.Port}";
        var mutator = new RequestMutator(seed, host);
        var cases = Enumerable.Range(0, count).Select(_ => mutator.Next()).ToList();
        var findings = new ConcurrentBag<(int Index, FuzzCase Case, string Problem)>();
        var kinds = new ConcurrentDictionary<string, int>();

        var warmUp = Math.Min(200, count);
        await RunAsync(cases.Take(warmUp).Select((c, i) => (c, i)), findings, kinds);
        var baseline = Server.ResidentMemoryMiB();
        var peak = baseline;
        using (var sampler = new PeriodicTimer(TimeSpan.FromMilliseconds(250)))
        {
            var run = RunAsync(cases.Skip(warmUp).Select((c, i) => (c, i + warmUp)), findings, kinds);
            while (!run.IsCompleted && await sampler.WaitForNextTickAsync())
            {
                peak = Math.Max(peak, Server.ResidentMemoryMiB());
            }

            await run;
        }

        Assert.That(Server.HasExited, Is.False, "the server survived");
        using (var client = Hub.Client(Server.BaseAddress, "writer"))
        using (var alive = await client.GetAsync("taxii2/"))
        {
            Assert.That(alive.StatusCode, Is.EqualTo(HttpStatusCode.OK), "and still serves");
        }

        var after = await SettledMemoryAsync(baseline + MemoryBoundMiB);
        TestContext.Out.WriteLine($"{count} requests (seed {seed}): {string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}"))}");
        TestContext.Out.WriteLine($"resident memory: {baseline:F0} MiB after {warmUp} requests, peak {peak:F0} MiB, {after:F0} MiB after the run");
        var saved = Save(seed, findings);
        Assert.That(findings.Select(f => $"#{f.Index} {f.Case.Kind}: {f.Problem}").Take(20), Is.Empty,
            $"{findings.Count} findings, saved in {saved}");
        Assert.That(after, Is.LessThanOrEqualTo(baseline + MemoryBoundMiB), $"memory back within {MemoryBoundMiB} MiB of {baseline:F0} MiB");
    }

    [Test]
    public async Task Memory_returns_after_100_concurrent_posts_at_max_content_length()
    {
        var baseline = Server.ResidentMemoryMiB();
        var body = Encoding.UTF8.GetBytes("{\"objects\":[{\"type\":\"indicator\",\"labels\":[" + string.Join(",", Enumerable.Repeat("\"a\"", 2_400_000)) + "]}]}");
        Assert.That(body.Length, Is.LessThanOrEqualTo(10 * 1024 * 1024), "at most the root's max_content_length");
        var peak = baseline;
        var posts = Enumerable.Range(0, 100).Select(i => Task.Run(async () =>
        {
            // Two accounts, so that each stays under its bound on outstanding requests.
            using var client = Hub.Client(Server.BaseAddress, i % 2 == 0 ? "writer" : "admin", TimeSpan.FromMinutes(5));
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/taxii+json;version=2.1");
            using var response = await client.PostAsync(Hub.CollectionUrl() + "objects/", content);
            return response.StatusCode;
        })).ToArray();
        var all = Task.WhenAll(posts);
        while (!all.IsCompleted)
        {
            peak = Math.Max(peak, Server.ResidentMemoryMiB());
            await Task.WhenAny(all, Task.Delay(250));
        }

        var statuses = await all;
        var after = await SettledMemoryAsync(baseline + MemoryBoundMiB);
        TestContext.Out.WriteLine($"100 concurrent 10 MiB POSTs ({string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{(int)g.Key}: {g.Count()}"))}): resident memory {baseline:F0} MiB before, peak {peak:F0} MiB, {after:F0} MiB after");
        // The expensive pool serves four at a time and a 10 MiB envelope takes about a second: the last ones in the
        // queue get the deliberate 503 with Retry-After, never another error.
        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.Accepted).Or.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(statuses, Has.Some.EqualTo(HttpStatusCode.Accepted));
        Assert.That(after, Is.LessThanOrEqualTo(baseline + MemoryBoundMiB));
    }

    [Test]
    public async Task Saved_findings_replay_without_a_finding()
    {
        var folder = Environment.GetEnvironmentVariable("TAXII_FUZZ_REPLAY") ?? SharedData.InRepository("tests/TaxiiServer.Resilience.Tests/Fuzz/Findings");
        var files = Directory.GetFiles(folder, "*.http");
        Assert.That(files, Is.Not.Empty, $"regression cases in {folder}");
        foreach (var file in files)
        {
            var fuzzCase = FuzzCase.FromReplayFile(await File.ReadAllBytesAsync(file));
            var response = await RawHttp.SendAsync(Server.BaseAddress, fuzzCase.Request, fuzzCase.EndEarly, fuzzCase.SlowHeaders, CancellationToken.None);
            Assert.That(ResponseJudge.Judge(fuzzCase, response), Is.Null, Path.GetFileName(file));
        }
    }

    private async Task RunAsync(IEnumerable<(FuzzCase Case, int Index)> cases, ConcurrentBag<(int, FuzzCase, string)> findings, ConcurrentDictionary<string, int> kinds)
    {
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (item, ct) =>
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            RawResponse response;
            try
            {
                response = await RawHttp.SendAsync(Server.BaseAddress, item.Case.Request, item.Case.EndEarly, item.Case.SlowHeaders, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                findings.Add((item.Index, item.Case, "no answer within 30 s"));
                return;
            }

            kinds.AddOrUpdate(item.Case.Kind.Split(':')[0] + " " + response.Status, 1, (_, n) => n + 1);
            if (ResponseJudge.Judge(item.Case, response) is { } problem)
            {
                findings.Add((item.Index, item.Case, problem));
            }
        });
    }

    /// <summary>
    /// Resident memory once the node had the time to give back what a burst took (at most 150 s: the shared array
    /// pool lets go of a buffer only once it has gone unused for about a minute, at a later collection).
    /// </summary>
    private async Task<double> SettledMemoryAsync(double bound)
    {
        var deadline = DateTime.UtcNow.AddSeconds(150);
        var now = Server.ResidentMemoryMiB();
        while (now > bound && DateTime.UtcNow < deadline)
        {
            await Task.Delay(1000);
            now = Server.ResidentMemoryMiB();
        }

        return now;
    }

    private static string Save(int seed, IEnumerable<(int Index, FuzzCase Case, string Problem)> findings)
    {
        var folder = SharedData.InRepository(Path.Combine("TestResults", "fuzz-findings"));
        foreach (var (index, fuzzCase, _) in findings)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, $"{seed}-{index}.http"), fuzzCase.ToReplayFile());
        }

        return folder;
    }
}
