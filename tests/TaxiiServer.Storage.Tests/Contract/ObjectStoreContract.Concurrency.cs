using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using static TaxiiServer.Storage.Tests.Contract.TestObjects;

namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>A reader paging by date_added while writers commit must neither skip nor repeat a record.</summary>
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
}
