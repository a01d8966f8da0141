using System.Diagnostics;
using System.Globalization;
using TaxiiServer.Testing;

namespace TaxiiServer.Benchmarks.Throughput;

/// <summary>
/// End-to-end figures for the README and closing notes: ingest through POSTs and full polls through next, against
/// the real server process on loopback. Bounded: one pass over each bundle.
/// </summary>
internal static class ThroughputRunner
{
    private const string CollectionId = "0f6c7a1e-2b7d-4c1e-9d5e-6a1b2c3d4e5f";

    public static async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--count", 100_000);
        var perEnvelope = Option(args, "--per-envelope", 1000);
        var parallelism = Option(args, "--parallel", 4);
        var shared = SharedData.Root ?? throw new InvalidOperationException("../shared is needed for the bundles.");
        var serverDll = Path.Combine(SharedData.RepositoryRoot, "src", "TaxiiServer.Api", "bin", "Release", "net10.0", "TaxiiServer.Api.dll");
        if (!File.Exists(serverDll))
        {
            throw new InvalidOperationException($"Build the server in Release first: {serverDll} is missing.");
        }

        var bundles = new List<(string Name, string Path)>
        {
            ("ATT&CK Mobile 14.1", Path.Combine(shared, "stix", "real", "mobile-attack-14.1.json")),
            ($"generated {count:N0}", BundleSource.Generate(shared, count, seed: 1)),
        };

        // Throughput, not quotas, is measured here: lift the per-account request quota (a policy, tested elsewhere).
        var extra = new Dictionary<string, string>
        {
            ["Taxii__Limits__Account__PermitsPerSecond"] = "100000",
            ["Taxii__Limits__Account__Burst"] = "100000",
        };
        foreach (var arg in args.Where(a => a.StartsWith("--Taxii", StringComparison.Ordinal)))
        {
            var pair = arg[2..].Split('=', 2);
            extra[pair[0].Replace(":", "__", StringComparison.Ordinal)] = pair[1];
        }

        foreach (var (name, path) in bundles)
        {
            var objects = BundleSource.LoadObjects(path);
            var envelopes = BundleSource.Envelopes(objects, perEnvelope);
            var dataDir = Directory.CreateTempSubdirectory("taxii-bench-").FullName;
            var bootstrap = WriteBootstrap(dataDir);
            await using var server = await ServerProcess.StartAsync(serverDll, dataDir, bootstrap, extra);
            using var client = new TaxiiBenchClient(server.BaseAddress, $"taxii2/bench/collections/{CollectionId}/", "bench", "bench-password");

            // One request first: the password check (deliberately slow PBKDF2) and JIT are not ingest costs.
            await client.PollAllAsync(1);
            var clock = Stopwatch.StartNew();
            var (ok, failed) = await client.PostAllAsync(envelopes, parallelism);
            var ingestSeconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: ingest {objects.Count:N0} objects in {envelopes.Count} envelopes x{parallelism}: {ingestSeconds:F2} s = {objects.Count / ingestSeconds:N0} objects/s (accepted {ok:N0}, rejected {failed:N0})"));

            foreach (var limit in new[] { 100, 1000 })
            {
                clock.Restart();
                var read = await client.PollAllAsync(limit);
                var seconds = clock.Elapsed.TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: full poll at limit {limit}: {read:N0} objects in {seconds:F2} s = {read / seconds:N0} objects/s"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: server peak memory {server.PeakMemoryMiB():N0} MiB"));
        }

        return 0;
    }

    private static string WriteBootstrap(string dataDir)
    {
        var path = Path.Combine(dataDir, "bootstrap.json");
        File.WriteAllText(path, $$"""
            {
              "discovery": { "title": "bench", "default": "bench" },
              "apiRoots": [ { "name": "bench", "title": "bench", "maxContentLength": 104857600,
                "collections": [ { "id": "{{CollectionId}}", "title": "bench" } ] } ],
              "accounts": [ { "name": "bench", "password": "bench-password", "isAdmin": false,
                "grants": [ { "collection": "{{CollectionId}}", "read": true, "write": true } ] } ]
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
