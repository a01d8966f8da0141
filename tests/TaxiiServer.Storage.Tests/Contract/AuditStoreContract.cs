using TaxiiServer.Core.Access;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>The audit contract (issue 5): append, then filtered pages newest first that never repeat or skip.</summary>
public abstract class AuditStoreContract : StoreContract
{
    private IAuditStore Audit => Stores.Audit;

    private static AuditRecord Record(long micros, string actor, string action, string id) =>
        new(id, new TaxiiTimestamp(micros), actor, "10.0.0.1", action, "target-" + id, "{\"k\":1}", AuditOutcomes.Success);

    private async Task<List<AuditRecord>> SeedAsync()
    {
        // Two records share a timestamp, so the id must break the tie.
        List<AuditRecord> records =
        [
            Record(100, "alice", "account.create", "a"),
            Record(200, "bob", "key.create", "b"),
            Record(200, "alice", "account.disable", "c"),
            Record(300, "alice", "key.create", "d"),
            Record(400, "carol", "auth.failure", "e"),
        ];
        foreach (var record in records)
        {
            await Audit.AppendAsync(record, default);
        }

        return records;
    }

    private static string[] Ids(AuditPage page) => [.. page.Records.Select(r => r.Id)];

    [Test]
    public async Task Records_come_back_newest_first_exactly_as_appended()
    {
        var records = await SeedAsync();

        var page = await Audit.QueryAsync(new AuditQuery(), default);

        Assert.That(page.Records, Is.EqualTo(records.OrderByDescending(r => r.Timestamp).ThenByDescending(r => r.Id, StringComparer.Ordinal)));
        Assert.That(page.Next, Is.Null);
    }

    [Test]
    public async Task Optional_fields_stay_absent()
    {
        var record = new AuditRecord("x", new TaxiiTimestamp(5), "anonymous", null, "auth.failure", null, null, AuditOutcomes.Failure);
        await Audit.AppendAsync(record, default);

        Assert.That((await Audit.QueryAsync(new AuditQuery(), default)).Records, Is.EqualTo(new[] { record }));
    }

    [Test]
    public async Task Filters_by_actor_action_and_time_window_combine()
    {
        await SeedAsync();

        Assert.That(Ids(await Audit.QueryAsync(new AuditQuery(Actor: "alice"), default)), Is.EqualTo(new[] { "d", "c", "a" }));
        Assert.That(Ids(await Audit.QueryAsync(new AuditQuery(Action: "key.create"), default)), Is.EqualTo(new[] { "d", "b" }));
        Assert.That(Ids(await Audit.QueryAsync(new AuditQuery(Since: new TaxiiTimestamp(200), Until: new TaxiiTimestamp(400)), default)),
            Is.EqualTo(new[] { "d", "c", "b" }));
        Assert.That(Ids(await Audit.QueryAsync(new AuditQuery(Actor: "alice", Action: "key.create"), default)), Is.EqualTo(new[] { "d" }));
        Assert.That(Ids(await Audit.QueryAsync(new AuditQuery(Actor: "nobody"), default)), Is.Empty);
    }

    [Test]
    public async Task Pages_follow_the_cursor_without_repeating_or_skipping_records_with_equal_timestamps()
    {
        await SeedAsync();
        var seen = new List<string>();
        AuditCursor? cursor = null;
        var pages = 0;
        do
        {
            var page = await Audit.QueryAsync(new AuditQuery(Limit: 2, Cursor: cursor), default);
            seen.AddRange(Ids(page));
            cursor = page.Next;
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.That(seen, Is.EqualTo(new[] { "e", "d", "c", "b", "a" }));
        Assert.That(pages, Is.EqualTo(3));
    }

    [Test]
    public void A_cursor_round_trips_through_its_text_form()
    {
        var cursor = new AuditCursor(new TaxiiTimestamp(1234567), "0193-abc.def");

        Assert.That(AuditCursor.TryParse(cursor.ToString(), out var parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(cursor));
        Assert.That(AuditCursor.TryParse("x.y", out _), Is.False);
        Assert.That(AuditCursor.TryParse("12.", out _), Is.False);
        Assert.That(AuditCursor.TryParse(null, out _), Is.False);
    }
}
