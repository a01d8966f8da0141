using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb;
using TaxiiServer.Storage.MongoDb.Clock;

namespace TaxiiServer.Storage.Tests.MongoDb;

/// <summary>
/// MongoDB-only behaviour that the shared contract cannot express: leases, the watermark and several nodes writing
/// one collection. Needs a server (TAXII_TEST_MONGODB_URI); ignored with a reason otherwise.
/// </summary>
public class MongoDateAddedServerTests
{
    private static readonly ObjectQuery Everything =
        new("c1", null, null, [], [], VersionFilter.AllVersions, [SpecVersion.V20, SpecVersion.V21], 1000);

    [OneTimeSetUp]
    public void RequireServer() => MongoTestDatabase.RequireUri();

    private static NewObject Indicator(int n, string hash = "h") =>
        new($"indicator--00000000-0000-4000-8000-{n:D12}", "indicator", SpecVersion.V21,
            StixVersion.TryParse("2024-01-01T00:00:00.000Z", out var v) ? v : null, hash,
            Encoding.UTF8.GetBytes($"{{\"id\":\"indicator--{n}\",\"note\":\"caf\u00e9\"}}"));

    [Test]
    public async Task A_block_leased_by_a_slower_writer_hides_later_commits_until_it_is_released()
    {
        await using var node = await MongoTestDatabase.CreateNodeAsync(MongoTestDatabase.NewDatabaseName());
        var store = node.Services.GetRequiredService<IObjectStore>();
        var clock = new DateAddedClock(node.Services.GetRequiredService<MongoStoreContext>());

        var slow = await clock.AllocateAsync("c1", 1, CancellationToken.None);
        var added = await store.AddAsync("c1", [Indicator(1)], CancellationToken.None);

        Assert.That(added[0].Kind, Is.EqualTo(AddOutcomeKind.Added));
        Assert.That(added[0].DateAdded.Microseconds, Is.GreaterThan(slow.First));
        Assert.That((await store.QueryAsync(Everything, true, CancellationToken.None)).Items, Is.Empty);

        await clock.ReleaseAsync(slow);

        Assert.That((await store.QueryAsync(Everything, true, CancellationToken.None)).Items, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_abandoned_lease_stops_holding_readers_back_once_it_expires()
    {
        var settings = new Dictionary<string, string?> { ["DateAddedLeaseDuration"] = "00:00:01", ["Resilience:Timeout"] = "00:00:00.5" };
        await using var node = await MongoTestDatabase.CreateNodeAsync(MongoTestDatabase.NewDatabaseName(), settings);
        var store = node.Services.GetRequiredService<IObjectStore>();
        _ = await new DateAddedClock(node.Services.GetRequiredService<MongoStoreContext>()).AllocateAsync("c1", 1, CancellationToken.None);
        await store.AddAsync("c1", [Indicator(1)], CancellationToken.None);

        Assert.That((await store.QueryAsync(Everything, true, CancellationToken.None)).Items, Is.Empty);
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        Assert.That((await store.QueryAsync(Everything, true, CancellationToken.None)).Items, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Two_nodes_writing_one_collection_hand_out_distinct_increasing_date_added_values()
    {
        var database = MongoTestDatabase.NewDatabaseName();
        await using var first = await MongoTestDatabase.CreateNodeAsync(database);
        await using var second = await MongoTestDatabase.CreateNodeAsync(database);
        var stores = new[] { first, second }.Select(n => n.Services.GetRequiredService<IObjectStore>()).ToArray();

        var batches = await Task.WhenAll(Enumerable.Range(0, 20).Select(b =>
            stores[b % 2].AddAsync("c1", Enumerable.Range(b * 5, 5).Select(i => Indicator(i)).ToList(), CancellationToken.None)));

        var page = await stores[0].QueryAsync(Everything, false, CancellationToken.None);
        var dates = page.Items.Select(i => i.DateAdded.Microseconds).ToList();
        Assert.That(dates, Has.Count.EqualTo(100));
        Assert.That(dates, Is.Ordered.Ascending);
        Assert.That(dates, Is.Unique);
        Assert.That(batches.SelectMany(b => b).Select(o => o.DateAdded.Microseconds), Is.EquivalentTo(dates));
    }

    [Test]
    public async Task Raw_json_comes_back_byte_for_byte_and_a_repost_keeps_its_date_added()
    {
        await using var node = await MongoTestDatabase.CreateNodeAsync(MongoTestDatabase.NewDatabaseName());
        var store = node.Services.GetRequiredService<IObjectStore>();
        var original = Indicator(7);

        var added = await store.AddAsync("c1", [original], CancellationToken.None);
        var again = await store.AddAsync("c1", [original, Indicator(7, hash: "other")], CancellationToken.None);
        var page = await store.QueryAsync(Everything, true, CancellationToken.None);

        Assert.That(again.Select(o => o.Kind), Is.EqualTo(new[] { AddOutcomeKind.Unchanged, AddOutcomeKind.Conflict }));
        Assert.That(again.Select(o => o.DateAdded), Is.All.EqualTo(added[0].DateAdded));
        Assert.That(page.Items.Single().Raw.ToArray(), Is.EqualTo(original.Raw.ToArray()));
    }
}
