using System.Diagnostics;
using System.Globalization;
using System.Text;
using TaxiiServer.Benchmarks.Throughput;
using TaxiiServer.Testing;

namespace TaxiiServer.Benchmarks.Limits;

/// <summary>
/// Issue 11's proof, against the real server process on loopback with its shipped limits and PBKDF2 cost: a
/// client that pushes <c>--count</c> objects bundle after bundle and pages them all back (objects, then manifest)
/// meets no refusal and takes at most 1.5× the time it takes with the limits lifted; and a poller paging one
/// request at a time stays served through three floods at <c>--connections</c> connections each.
/// </summary>
internal static class LimitsRunner
{
    private const string CollectionId = "7d4e2c1b-3a5f-4e6d-9b8c-1f2e3d4c5b6a";

    /// <summary>Every limit out of the way: the reference a default-config run is compared with.</summary>
    private static readonly Dictionary<string, string> Lifted = new()
    {
        ["Taxii__Limits__Account__PermitsPerSecond"] = "100000",
        ["Taxii__Limits__Account__Burst"] = "1000000",
        ["Taxii__Limits__Account__MaxPending"] = "1000000",
        ["Taxii__Limits__Work__ConcurrencyLimit"] = "10000",
        ["Taxii__Limits__Expensive__ConcurrencyLimit"] = "10000",
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--count", 20_000);
        var seconds = Option(args, "--seconds", 15);
        var connections = Option(args, "--connections", 256);
        var serverDll = Path.Combine(SharedData.RepositoryRoot, "src", "TaxiiServer.Api", "bin", "Release", "net10.0", "TaxiiServer.Api.dll");
        if (!File.Exists(serverDll))
        {
            throw new InvalidOperationException($"Build the server in Release first: {serverDll} is missing.");
        }

        var envelopes = BundleSource.Envelopes(Indicators(count), 100);
        Console.WriteLine($"machine load before: {File.ReadAllText("/proc/loadavg").Trim()}");

        var liftedSync = await SyncOnFreshServerAsync(serverDll, envelopes, Lifted, "limits lifted", then: null);
        var defaultSync = await SyncOnFreshServerAsync(serverDll, envelopes, new Dictionary<string, string>(), "defaults",
            then: server => FloodsAsync(server, seconds, connections));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sync time with the defaults / with limits lifted: {defaultSync.TotalSeconds / liftedSync.TotalSeconds:F2} (target at most 1.5)"));
        return 0;
    }

    private static async Task<TimeSpan> SyncOnFreshServerAsync(string serverDll, IReadOnlyList<byte[]> envelopes,
        Dictionary<string, string> settings, string label, Func<ServerProcess, Task>? then)
    {
        var dataDir = Directory.CreateTempSubdirectory("taxii-limits-bench-").FullName;
        await using var server = await ServerProcess.StartAsync(serverDll, dataDir, WriteBootstrap(dataDir), settings);
        var sync = new SyncScenario(server.BaseAddress, $"taxii2/limits/collections/{CollectionId}/");
        var elapsed = await sync.RunAsync(envelopes);
        Console.WriteLine($"sync ({label}): {sync.Report()}; server peak memory {server.PeakMemoryMiB():N0} MiB");
        if (then is not null)
        {
            await then(server);
        }

        return elapsed;
    }

    private static async Task FloodsAsync(ServerProcess server, int seconds, int connections)
    {
        var collectionUrl = $"taxii2/limits/collections/{CollectionId}/";
        var floods = new (string Name, FloodOfOne.Attack? Attack)[]
        {
            ("baseline (no flood)", null),
            ("wrong passwords from the poller's own address", FloodOfOne.WrongPasswords(["127.0.0.10"])),
            ("wrong passwords from another address", FloodOfOne.WrongPasswords(["127.0.2.1"])),
            ("valid credentials of another account", FloodOfOne.ValidAccount("greedy", "127.0.3.1")),
        };
        foreach (var (name, attack) in floods)
        {
            var flood = new FloodOfOne(server.BaseAddress, collectionUrl, connections);
            var cpuBefore = server.CpuSeconds();
            var clock = Stopwatch.StartNew();
            await flood.RunAsync(attack, TimeSpan.FromSeconds(seconds));
            var cpu = (server.CpuSeconds() - cpuBefore) / clock.Elapsed.TotalSeconds * 100;
            var poller = flood.Poller;
            var success = poller.Total == 0 ? 0 : 100.0 * poller.Count(200) / poller.Total;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: poller {poller.Total:N0} requests, success {success:F2} %, p50 {poller.Percentile(50):F1} ms, p99 {poller.Percentile(99):F1} ms, max {poller.Percentile(100):F1} ms ({poller.Statuses})"));
            if (attack is not null)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: attack {flood.Attacker.Total:N0} requests ({flood.Attacker.Statuses}), p50 {flood.Attacker.Percentile(50):F1} ms, p99 {flood.Attacker.Percentile(99):F1} ms, max {flood.Attacker.Percentile(100):F1} ms; server CPU {cpu:F0} % of one core, peak memory {server.PeakMemoryMiB():N0} MiB"));
            }
        }
    }

    private static List<byte[]> Indicators(int count) => Enumerable.Range(0, count).Select(i =>
    {
        var id = new Guid(i, 0x4e2c, 0x4a5f, 0x9b, 0x8c, 0x1f, 0x2e, 0x3d, 0x4c, 0x5b, 0x6a);
        return Encoding.UTF8.GetBytes($$"""
            {"type":"indicator","spec_version":"2.1","id":"indicator--{{id}}","created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","name":"sync {{i}}","pattern":"[ipv4-addr:value = '198.51.{{i / 250 % 250}}.{{i % 250 + 1}}']","pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"}
            """);
    }).ToList();

    private static string WriteBootstrap(string dataDir)
    {
        var grant = $$"""[ { "collection": "{{CollectionId}}", "read": true, "write": true } ]""";
        var accounts = new[] { "siem", "partner", "greedy" }
            .Select(name => $$"""{ "name": "{{name}}", "password": "{{name}}-password", "grants": {{grant}} }""");
        var path = Path.Combine(dataDir, "bootstrap.json");
        File.WriteAllText(path, $$"""
            {
              "discovery": { "title": "limits", "default": "limits" },
              "apiRoots": [ { "name": "limits", "title": "limits",
                "collections": [ { "id": "{{CollectionId}}", "title": "limits" } ] } ],
              "accounts": [ {{string.Join(",", accounts)}} ]
            }
            """);
        return path;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
