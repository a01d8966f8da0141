using System.Diagnostics;
using System.Text;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using static TaxiiServer.Storage.Tests.Contract.TestObjects;

namespace TaxiiServer.Storage.Tests.Sqlite;

/// <summary>
/// Polling a large collection page by page must stay cheap per page: each page is an index range walk plus two
/// per-id seeks per record, whatever the collection size. The floor applies to records per CPU-second, because wall
/// time on a shared machine measures the neighbours; both figures are printed.
/// </summary>
[TestFixture]
[Category("Throughput")]
public sealed class SqlitePollingThroughputTests
{
    private const int Records = 100_000;
    private const double FloorPerSecond = 50_000;

    private SqliteTestDatabase _database = null!;
    private IObjectStore _objects = null!;
    private string _collection = null!;

    [OneTimeSetUp]
    public async Task FillAsync()
    {
        _database = await SqliteTestDatabase.OpenAsync(TimeProvider.System);
        _objects = _database.ToStoreSet().Objects;
        _collection = NewCollection();
        var padding = new string('x', 400);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var batch = 0; batch < Records / 1000; batch++)
        {
            var objects = new List<NewObject>(1000);
            for (var i = 0; i < 1000; i++)
            {
                var id = NewId(i % 2 == 0 ? "indicator" : "malware");
                var json = $"{{\"type\":\"{TypeOf(id)}\",\"spec_version\":\"2.1\",\"id\":\"{id}\","
                    + $"\"created\":\"2021-01-01T00:00:00.000Z\",\"modified\":\"2021-01-01T00:00:00.000Z\",\"description\":\"{padding}\"}}";
                objects.Add(FromBytes(id, SpecVersion.V21, Version("2021-01-01T00:00:00.000Z"), Encoding.UTF8.GetBytes(json)));
            }

            await _objects.AddAsync(_collection, objects, default);
        }

        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        TestContext.Progress.WriteLine(
            $"ingest: {Records / clock.Elapsed.TotalSeconds:N0} objects/s wall, {Records / cpuSeconds:N0} per CPU-second");
    }

    [OneTimeTearDown]
    public async Task DisposeAsync() => await _database.DisposeAsync();

    [TestCase(true, TestName = "Objects with content")]
    [TestCase(false, TestName = "Manifest records")]
    public async Task Polling_a_large_collection_at_limit_1000_reads_well_over_50k_records_per_second(bool content)
    {
        var best = 0.0;
        var bestWall = 0.0;
        for (var run = 0; run < 2; run++)
        {
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var count = 0;
            TaxiiTimestamp? after = null;
            ObjectPage page;
            do
            {
                page = await _objects.QueryAsync(Query(_collection, limit: 1000, after: after), content, default);
                count += page.Items.Count;
                after = page.Items.Count > 0 ? page.Items[^1].DateAdded : after;
            }
            while (page.More);

            Assert.That(count, Is.EqualTo(Records));
            bestWall = Math.Max(bestWall, count / clock.Elapsed.TotalSeconds);
            best = Math.Max(best, count / (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        }

        TestContext.Progress.WriteLine(
            $"poll ({(content ? "content" : "manifest")}): {bestWall:N0} records/s wall, {best:N0} per CPU-second");
        Assert.That(best, Is.GreaterThan(FloorPerSecond));
    }
}
