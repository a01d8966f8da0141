using System.Diagnostics;
using System.Globalization;
using System.Text;
using TaxiiServer.Benchmarks.Throughput;
using TaxiiServer.Testing;

namespace TaxiiServer.Benchmarks.Flood;

/// <summary>
/// Issue 6's proof: legitimate pollers' success rate and latency with and without a flood, against the real server
/// process on loopback with its production limits. Two phases of <c>--seconds</c> each (default 20).
/// </summary>
internal static class FloodRunner
{
    private const string CollectionId = "3c1d2b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

    public static async Task<int> RunAsync(string[] args)
    {
        var settings = new FloodSettings(
            PhaseSeconds: Option(args, "--seconds", 20),
            Pollers: Option(args, "--pollers", 5),
            PollerRate: Option(args, "--rate", 2),
            AttackersPerKind: Option(args, "--attackers", 8),
            MaxAttackRequests: Option(args, "--max-attack-requests", 2_000_000));
        var serverDll = Path.Combine(SharedData.RepositoryRoot, "src", "TaxiiServer.Api", "bin", "Release", "net10.0", "TaxiiServer.Api.dll");
        if (!File.Exists(serverDll))
        {
            throw new InvalidOperationException($"Build the server in Release first: {serverDll} is missing.");
        }

        var extra = new Dictionary<string, string>();
        foreach (var arg in args.Where(a => a.StartsWith("--Taxii", StringComparison.Ordinal)))
        {
            var pair = arg[2..].Split('=', 2);
            extra[pair[0].Replace(":", "__", StringComparison.Ordinal)] = pair[1];
        }

        var dataDir = Directory.CreateTempSubdirectory("taxii-flood-").FullName;
        await using var server = await ServerProcess.StartAsync(serverDll, dataDir, WriteBootstrap(dataDir, settings.Pollers), extra);
        var collectionUrl = $"taxii2/flood/collections/{CollectionId}/";
        using (var seeder = new TaxiiBenchClient(server.BaseAddress, collectionUrl, "seeder", "seeder-password"))
        {
            var (stored, _) = await seeder.PostAllAsync(Envelopes(1000, 100), parallelism: 2);
            Console.WriteLine($"seeded {stored} indicators; machine load before: {File.ReadAllText("/proc/loadavg").Trim()}");
        }

        // Each poller signs in once (the PBKDF2 cost is not a polling cost), which also makes its address trusted.
        await new FloodScenario(server.BaseAddress, collectionUrl, settings with { PhaseSeconds = 2 }).RunAsync(flood: false);

        foreach (var flood in new[] { false, true })
        {
            var scenario = new FloodScenario(server.BaseAddress, collectionUrl, settings);
            var cpuBefore = server.CpuSeconds();
            var clock = Stopwatch.StartNew();
            await scenario.RunAsync(flood);
            var cpu = (server.CpuSeconds() - cpuBefore) / clock.Elapsed.TotalSeconds * 100;
            Report(flood ? "flood" : "baseline", scenario, cpu, server.PeakMemoryMiB());
        }

        return 0;
    }

    private static void Report(string phase, FloodScenario scenario, double cpuPercent, double peakMiB)
    {
        var pollers = scenario.Pollers;
        var success = pollers.Total == 0 ? 0 : 100.0 * pollers.Count(200) / pollers.Total;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{phase}: pollers {pollers.Total:N0} requests, success {success:F2} %, p50 {pollers.Percentile(50):F1} ms, p99 {pollers.Percentile(99):F1} ms, max {pollers.Percentile(100):F1} ms ({pollers.Statuses})"));
        foreach (var (kind, attack) in scenario.Attacks.Where(a => a.Value.Total > 0))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{phase}: attack '{kind}': {attack.Total:N0} requests ({attack.Statuses}), p50 {attack.Percentile(50):F1} ms"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{phase}: server CPU {cpuPercent:F0} % of one core, peak memory {peakMiB:N0} MiB; load {File.ReadAllText("/proc/loadavg").Trim()}"));
    }

    private static List<byte[]> Envelopes(int count, int perEnvelope)
    {
        var objects = Enumerable.Range(0, count).Select(i =>
        {
            var id = new Guid(i, 0x1d2b, 0x4a5e, 0x8c, 0x9d, 0x0e, 0x1f, 0x2a, 0x3b, 0x4c, 0x5d);
            var octet = i % 250 + 1;
            return Encoding.UTF8.GetBytes($$"""
                {"type":"indicator","spec_version":"2.1","id":"indicator--{{id}}","created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","name":"flood seed {{i}}","pattern":"[ipv4-addr:value = '198.51.{{i / 250}}.{{octet}}']","pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"}
                """);
        }).ToList();
        return BundleSource.Envelopes(objects, perEnvelope);
    }

    private static string WriteBootstrap(string dataDir, int pollers)
    {
        var grant = $$"""[ { "collection": "{{CollectionId}}", "read": true, "write": true } ]""";
        var accounts = Enumerable.Range(0, pollers).Select(i => $"poller{i}").Append("greedy").Append("seeder")
            .Select(name => $$"""{ "name": "{{name}}", "password": "{{name}}-password", "grants": {{grant}} }""");
        var path = Path.Combine(dataDir, "bootstrap.json");
        File.WriteAllText(path, $$"""
            {
              "discovery": { "title": "flood", "default": "flood" },
              "apiRoots": [ { "name": "flood", "title": "flood",
                "collections": [ { "id": "{{CollectionId}}", "title": "flood" } ] } ],
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
