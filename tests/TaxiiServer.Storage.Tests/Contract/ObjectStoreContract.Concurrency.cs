using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using static TaxiiServer.Storage.Tests.Contract.TestObjects;

namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>
/// A reader paging by date_added while writers commit must neither skip nor repeat a record, and writers racing on
/// the same versions must store each version once.
/// </summary>
public abstract partial class ObjectStoreContract
{
    [Test]
    [CancelAfter(120_000)]
    public async Task A_reader_paging_during_concurrent_writes_sees_every_record_once_in_order(CancellationToken ct)
    {
        const int Writers = 4;
        const int BatchesPerWriter = 25;
        var collection = NewCollection();

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var random = new Random(w);
            for (var b = 0; b < BatchesPerWriter; b++)
            {
                var batch = Enumerable.Range(0, random.Next(1, 8))
                    .Select(_ => Versioned(NewId("indicator"), "2021-01-01T00:00:00Z")).ToList();
                await Objects.AddAsync(collection, batch, ct);
                if (w == 0)
                {
                    Clock.Advance(TimeSpan.FromTicks(random.Next(0, 30)));
                }
            }
        }, ct)).ToList();
        var allWritten = Task.WhenAll(writers);

        var seen = new List<StoredObject>();
        var pages = 0;
        TaxiiTimestamp? cursor = null;
        while (true)
        {
            // Read whether writers are done before reading the page: a page read afterwards is then complete.
            var done = allWritten.IsCompleted;
            var page = await Objects.QueryAsync(Everything(collection, limit: 5, after: cursor), false, ct);
            seen.AddRange(page.Items);
            cursor = page.Items.Count > 0 ? page.Items[^1].DateAdded : cursor;
            pages++;
            if (done && !page.More)
            {
                break;
            }
        }

        await allWritten;
        var final = await AllAsync(collection);
        TestContext.Out.WriteLine($"{final.Count} records, {pages} pages");
        Assert.That(seen.Select(s => (s.Id, s.DateAdded)), Is.EqualTo(final.Select(f => (f.Id, f.DateAdded))));
        Assert.That(final.Select(f => f.DateAdded), Is.Ordered.Ascending.And.Unique);
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Writers_racing_on_the_same_versions_store_each_version_once(CancellationToken ct)
    {
        const int Writers = 6;
        var collection = NewCollection();
        // Every writer sends the same 20 versions, half of them as a different body (a rival), in its own order.
        var ids = Enumerable.Range(0, 10).Select(_ => NewId("indicator")).ToList();
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var batch = ids.SelectMany(id => new[]
            {
                Versioned(id, "2021-01-01T00:00:00Z", note: w % 2 == 0 ? null : "rival"),
                Versioned(id, "2021-02-01T00:00:00Z"),
            }).OrderBy(_ => Random.Shared.Next()).ToList();
            return await Objects.AddAsync(collection, batch, ct);
        }, ct)).ToList();

        var outcomes = (await Task.WhenAll(writers)).SelectMany(o => o).ToList();

        Assert.That(await Objects.CountAsync(collection, ct), Is.EqualTo(20));
        Assert.That(outcomes.Count(o => o.Kind == AddOutcomeKind.Added), Is.EqualTo(20));
        foreach (var version in outcomes.GroupBy(o => (o.Id, o.Version)))
        {
            Assert.That(version.Select(o => o.DateAdded).Distinct().Count(), Is.EqualTo(1), $"{version.Key} has one date_added");
        }

        Assert.That(outcomes.Where(o => o.Version.StartsWith("2021-02", StringComparison.Ordinal)).Select(o => o.Kind),
            Has.None.EqualTo(AddOutcomeKind.Conflict), "identical bodies are never a conflict");
    }
}
