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

    private const string WarmUpCollectionId = "5b0e2a6f-8c1d-4f7e-a3b2-9d8c7e6f5a41";

    public static async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--count", 100_000);
        var perEnvelope = Option(args, "--per-envelope", 1000);
        var parallelism = Option(args, "--parallel", 4);
        var warmUpCount = Option(args, "--warmup", 100_000);
        var shared = SharedData.Root ?? throw new InvalidOperationException("../shared is needed for the bundles.");
        // --server measures another build of the server, e.g. a ReadyToRun publish like the container image's.
        var serverOption = Array.IndexOf(args, "--server");
        var serverDll = serverOption >= 0 && serverOption + 1 < args.Length
            ? Path.GetFullPath(args[serverOption + 1])
            : Path.Combine(SharedData.RepositoryRoot, "src", "TaxiiServer.Api", "bin", "Release", "net10.0", "TaxiiServer.Api.dll");
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

        // A server runs for weeks; its first seconds are spent JIT-compiling (tiered compilation re-compiles the hot
        // paths in the background, which on 2 cores took a fifth of the CPU until ~100,000 objects had been
        // ingested). The warm-up envelopes go to their own collection first and are reported apart (the cold-start
        // figure), so the ingest figure below is the steady state.
        var warmUp = warmUpCount > 0 ? BundleSource.LoadObjects(BundleSource.Generate(shared, warmUpCount, seed: 2)) : null;
        foreach (var (name, path) in bundles)
        {
            var objects = BundleSource.LoadObjects(path);
            var envelopes = BundleSource.Envelopes(objects, perEnvelope);
            var dataDir = Directory.CreateTempSubdirectory("taxii-bench-").FullName;
            var bootstrap = WriteBootstrap(dataDir);
            await using var server = await ServerProcess.StartAsync(serverDll, dataDir, bootstrap, extra);
            using var client = new TaxiiBenchClient(server.BaseAddress, $"taxii2/bench/collections/{CollectionId}/", "bench", "bench-password");

            // One request first: the password check (deliberately slow PBKDF2) is not an ingest cost.
            await client.PollAllAsync(1);
            if (warmUp is not null)
            {
                await WarmUpAsync(server, warmUp, perEnvelope, parallelism);
            }

            var clock = Stopwatch.StartNew();
            var cpuBefore = server.CpuSeconds();
            var clientCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var (ok, failed) = await client.PostAllAsync(envelopes, parallelism);
            var ingestSeconds = clock.Elapsed.TotalSeconds;
            var cores = (server.CpuSeconds() - cpuBefore) / ingestSeconds;
            var clientCores = (Process.GetCurrentProcess().TotalProcessorTime - clientCpuBefore).TotalSeconds / ingestSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: ingest {objects.Count:N0} objects in {envelopes.Count} envelopes x{parallelism}: {ingestSeconds:F2} s = {objects.Count / ingestSeconds:N0} objects/s (accepted {ok:N0}, rejected {failed:N0}; server used {cores:F2} cores, this client {clientCores:F2})"));

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

    private static async Task WarmUpAsync(ServerProcess server, List<byte[]> objects, int perEnvelope, int parallelism)
    {
        using var client = new TaxiiBenchClient(server.BaseAddress, $"taxii2/bench/collections/{WarmUpCollectionId}/", "bench", "bench-password");
        var clock = Stopwatch.StartNew();
        var (ok, _) = await client.PostAllAsync(BundleSource.Envelopes(objects, perEnvelope), parallelism);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  warm-up (cold server, own collection): {ok:N0} objects at {objects.Count / clock.Elapsed.TotalSeconds:N0} objects/s"));
    }

    private static string WriteBootstrap(string dataDir)
    {
        var path = Path.Combine(dataDir, "bootstrap.json");
        File.WriteAllText(path, $$"""
            {
              "discovery": { "title": "bench", "default": "bench" },
              "apiRoots": [ { "name": "bench", "title": "bench", "maxContentLength": 104857600,
                "collections": [ { "id": "{{CollectionId}}", "title": "bench" },
                                 { "id": "{{WarmUpCollectionId}}", "title": "warm-up" } ] } ],
              "accounts": [ { "name": "bench", "password": "bench-password", "isAdmin": false,
                "grants": [ { "collection": "{{CollectionId}}", "read": true, "write": true },
                            { "collection": "{{WarmUpCollectionId}}", "read": true, "write": true } ] } ]
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
