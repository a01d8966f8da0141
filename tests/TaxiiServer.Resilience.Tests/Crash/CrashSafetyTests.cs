using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using TaxiiServer.Resilience.Tests.Infrastructure;
using TaxiiServer.Testing;

namespace TaxiiServer.Resilience.Tests.Crash;

/// <summary>
/// Acknowledged means durable: several writers push into the real server, which is killed with SIGKILL at a random
/// moment and restarted on the same store, trial after trial. Every object a 202 listed as a success, and every
/// status resource handed out, must be there afterwards, and the SQLite file must pass its integrity check.
/// TAXII_CRASH_TRIALS sets the number of trials (default 3), TAXII_CRASH_SEED the seed.
/// </summary>
public sealed class CrashSafetyTests
{
    private const int Writers = 3;
    private const int ObjectsPerEnvelope = 50;

    [Test]
    public async Task Every_acknowledged_object_and_status_survives_kill_9_and_restart()
    {
        var serverDll = Hub.ServerDll();
        var trials = Hub.Setting("TAXII_CRASH_TRIALS", 3);
        var seed = Hub.Setting("TAXII_CRASH_SEED", 20261205);
        var random = new Random(seed);
        var dataDir = Directory.CreateTempSubdirectory("taxii-crash-").FullName;
        var bootstrap = Hub.WriteBootstrap(dataDir);
        var acknowledged = new ConcurrentDictionary<string, byte>();
        var statuses = new ConcurrentDictionary<string, int>();
        try
        {
            for (var trial = 0; trial < trials; trial++)
            {
                await using var server = await ServerProcess.StartAsync(serverDll, dataDir, bootstrap, new Dictionary<string, string>(), deleteDataOnDispose: false);
                using var stop = new CancellationTokenSource();
                var writers = Enumerable.Range(0, Writers)
                    .Select(w => WriteUntilKilledAsync(server.BaseAddress, new Random(seed + (trial * Writers) + w), acknowledged, statuses, stop.Token))
                    .ToArray();
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(1500, 4000)));
                await server.KillAsync();
                await stop.CancelAsync();
                await Task.WhenAll(writers);
            }

            Assert.That(acknowledged, Is.Not.Empty, "the writers got objects acknowledged before the kills");
            await using (var restarted = await ServerProcess.StartAsync(serverDll, dataDir, bootstrap, new Dictionary<string, string>(), deleteDataOnDispose: false))
            {
                using var reader = Hub.Client(restarted.BaseAddress, "writer");
                var stored = await ManifestIdsAsync(reader);
                var lost = acknowledged.Keys.Where(id => !stored.Contains(id)).ToList();
                Assert.That(lost, Is.Empty, $"{lost.Count} of {acknowledged.Count} acknowledged objects lost over {trials} kills (seed {seed})");
                foreach (var (statusId, successes) in statuses)
                {
                    using var status = await reader.GetAsync($"taxii2/{Hub.Root}/status/{statusId}/");
                    Assert.That(status.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"status {statusId} after the restarts");
                    using var json = JsonDocument.Parse(await status.Content.ReadAsStringAsync());
                    Assert.That(json.RootElement.GetProperty("success_count").GetInt32(), Is.EqualTo(successes), statusId);
                }

                await restarted.KillAsync();
            }

            Assert.That(IntegrityCheck(Path.Combine(dataDir, "taxii.db")), Is.EqualTo("ok"));
            TestContext.Out.WriteLine($"{trials} kills, {acknowledged.Count} acknowledged objects and {statuses.Count} statuses, none lost (seed {seed})");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dataDir, recursive: true);
            }
            catch (IOException)
            {
                // a leftover temp folder is harmless
            }
        }
    }

    private static async Task WriteUntilKilledAsync(Uri baseAddress, Random random, ConcurrentDictionary<string, byte> acknowledged,
        ConcurrentDictionary<string, int> statuses, CancellationToken stop)
    {
        using var client = Hub.Client(baseAddress, "writer");
        while (!stop.IsCancellationRequested)
        {
            var ids = Enumerable.Range(0, ObjectsPerEnvelope).Select(_ => "indicator--" + NewGuid(random)).ToList();
            var envelope = "{\"objects\":[" + string.Join(",", ids.Select(Indicator)) + "]}";
            using var content = new StringContent(envelope, Encoding.UTF8);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/taxii+json;version=2.1");
            try
            {
                using var response = await client.PostAsync(Hub.CollectionUrl() + "objects/", content, stop);
                var body = await response.Content.ReadAsStringAsync(stop);
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    continue;
                }

                using var status = JsonDocument.Parse(body);
                var root = status.RootElement;
                statuses[root.GetProperty("id").GetString()!] = root.GetProperty("success_count").GetInt32();
                if (root.TryGetProperty("successes", out var successes))
                {
                    foreach (var success in successes.EnumerateArray())
                    {
                        acknowledged[success.GetProperty("id").GetString()!] = 0;
                    }
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException)
            {
                // The server died under the request: nothing was acknowledged. Until the kill, keep writing.
                if (!stop.IsCancellationRequested)
                {
                    await Task.Delay(50, CancellationToken.None);
                }
            }
        }
    }

    private static async Task<HashSet<string>> ManifestIdsAsync(HttpClient client)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? next = null;
        do
        {
            var url = Hub.CollectionUrl() + "manifest/?limit=1000" + (next is null ? "" : "&next=" + Uri.EscapeDataString(next));
            using var response = await client.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
            using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            if (page.RootElement.TryGetProperty("objects", out var records))
            {
                foreach (var record in records.EnumerateArray())
                {
                    ids.Add(record.GetProperty("id").GetString()!);
                }
            }

            next = page.RootElement.GetProperty("more").GetBoolean() ? page.RootElement.GetProperty("next").GetString() : null;
        }
        while (next is not null);

        return ids;
    }

    private static string IntegrityCheck(string databaseFile)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    private static Guid NewGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    private static string Indicator(string id) =>
        $$"""{"type":"indicator","spec_version":"2.1","id":"{{id}}","created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","pattern":"[ipv4-addr:value = '203.0.113.7']","pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"}""";
}
