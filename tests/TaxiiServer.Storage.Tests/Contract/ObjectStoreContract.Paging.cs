using TaxiiServer.Core.Storage;
using static TaxiiServer.Storage.Tests.Contract.TestObjects;

namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>Limit, the More flag and the date_added cursor.</summary>
public abstract partial class ObjectStoreContract
{
    /// <summary>Follows the cursor from the start until More is false; every page is checked on the way.</summary>
    protected async Task<List<StoredObject>> PageThroughAsync(ObjectQuery query, Func<int> limits)
    {
        var seen = new List<StoredObject>();
        ObjectPage page;
        var after = query.After;
        var pages = 0;
        do
        {
            var limit = limits();
            page = await Objects.QueryAsync(query with { After = after, Limit = limit }, includeContent: true, default);
            Assert.That(page.Items, Has.Count.LessThanOrEqualTo(limit));
            if (page.More)
            {
                Assert.That(page.Items, Has.Count.EqualTo(limit), "a page short of its limit cannot have more");
            }

            seen.AddRange(page.Items);
            after = page.Items.Count > 0 ? page.Items[^1].DateAdded : after;
            Assert.That(++pages, Is.LessThan(100_000), "paging does not end");
        }
        while (page.More);

        return seen;
    }

    [Test]
    public async Task Limit_cuts_pages_and_more_says_whether_records_remain()
    {
        var collection = NewCollection();
        await Objects.AddAsync(collection,
            [.. Enumerable.Range(0, 5).Select(_ => Versioned(NewId("indicator"), "2021-01-01T00:00:00Z"))], default);

        var two = await Objects.QueryAsync(Query(collection, limit: 2), false, default);
        var five = await Objects.QueryAsync(Query(collection, limit: 5), false, default);
        var six = await Objects.QueryAsync(Query(collection, limit: 6), false, default);

        Assert.That((two.Items.Count, two.More), Is.EqualTo((2, true)));
        Assert.That((five.Items.Count, five.More), Is.EqualTo((5, false)));
        Assert.That((six.Items.Count, six.More), Is.EqualTo((5, false)));
    }

    [Test]
    public async Task More_ignores_records_the_filters_exclude()
    {
        var collection = NewCollection();
        var wanted = NewId("indicator");
        await Objects.AddAsync(collection,
            [Versioned(wanted, "2021-01-01T00:00:00Z"), .. Enumerable.Range(0, 3).Select(_ => Versioned(NewId("malware"), "2021-01-01T00:00:00Z"))],
            default);

        var page = await Objects.QueryAsync(Query(collection, limit: 1, types: ["indicator"]), false, default);

        Assert.That(page.Items.Single().Id, Is.EqualTo(wanted));
        Assert.That(page.More, Is.False);
    }

    [Test]
    public async Task Paging_with_the_cursor_neither_repeats_nor_skips()
    {
        var collection = NewCollection();
        for (var batch = 0; batch < 7; batch++)
        {
            Clock.Advance(TimeSpan.FromTicks(batch % 3 == 0 ? 0 : 10));
            await Objects.AddAsync(collection,
                [.. Enumerable.Range(0, 5).Select(_ => Versioned(NewId("indicator"), "2021-01-01T00:00:00Z"))], default);
        }

        var expected = await AllAsync(collection);
        foreach (var limit in new[] { 1, 2, 3, 7, 34, 35, 36 })
        {
            var paged = await PageThroughAsync(Everything(collection), () => limit);
            Assert.That(paged.Select(p => p.DateAdded), Is.EqualTo(expected.Select(e => e.DateAdded)), $"limit {limit}");
        }
    }

    [Test]
    public async Task An_empty_collection_gives_an_empty_page_without_more()
    {
        var page = await Objects.QueryAsync(Query(NewCollection()), true, default);

        Assert.That(page.Items, Is.Empty);
        Assert.That(page.More, Is.False);
    }

    [Test]
    public async Task Content_is_returned_only_when_asked_for()
    {
        var collection = NewCollection();
        var obj = Versioned(NewId("indicator"), "2021-01-01T00:00:00Z");
        await Objects.AddAsync(collection, [obj], default);

        var manifest = await Objects.QueryAsync(Query(collection), includeContent: false, default);
        var objects = await Objects.QueryAsync(Query(collection), includeContent: true, default);

        Assert.That(manifest.Items.Single().Raw.Length, Is.Zero);
        Assert.That(objects.Items.Single().Raw.ToArray(), Is.EqualTo(obj.Raw.ToArray()));
    }
}
