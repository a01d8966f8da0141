using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>The status store contract: save, replace, find by API root, purge by completion time.</summary>
public abstract class StatusStoreContract : StoreContract
{
    private static readonly TaxiiTimestamp Noon = TaxiiTimestamp.Parse("2026-03-01T12:00:00.123456Z");

    private IStatusStore Statuses => Stores.Statuses;

    private static StatusResource Pending(string apiRoot = "api1", string? id = null) => new(
        id ?? Guid.NewGuid().ToString(), apiRoot, "alice", Noon,
        [new StatusDetail("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "2021-01-01T00:00:00.000Z", null)],
        [new StatusDetail("malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b", null, "bad \"quote\" and ünïcode")],
        [new StatusDetail("tool--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061", "2021-01-01T00:00:00Z", null)],
        null);

    private static StatusResource Completed(TaxiiTimestamp at, string apiRoot = "api1") =>
        Pending(apiRoot) with { Pendings = [], CompletedAt = at };

    [Test]
    public async Task A_saved_status_is_found_with_every_field_intact()
    {
        var status = Pending();
        await Statuses.SaveAsync(status, default);

        var found = await Statuses.FindAsync("api1", status.Id, default);

        Assert.That(found, Is.Not.Null);
        Assert.That(found!.Id, Is.EqualTo(status.Id));
        Assert.That(found.ApiRoot, Is.EqualTo("api1"));
        Assert.That(found.Owner, Is.EqualTo("alice"));
        Assert.That(found.RequestTimestamp, Is.EqualTo(Noon));
        Assert.That(found.Successes, Is.EqualTo(status.Successes));
        Assert.That(found.Failures, Is.EqualTo(status.Failures));
        Assert.That(found.Pendings, Is.EqualTo(status.Pendings));
        Assert.That(found.CompletedAt, Is.Null);
    }

    [Test]
    public async Task Saving_again_replaces_the_status()
    {
        var status = Pending();
        await Statuses.SaveAsync(status, default);
        var done = status with { Successes = [.. status.Successes, .. status.Pendings], Pendings = [], CompletedAt = Noon.Next() };

        await Statuses.SaveAsync(done, default);
        var found = await Statuses.FindAsync("api1", status.Id, default);

        Assert.That(found!.Pendings, Is.Empty);
        Assert.That(found.Successes, Has.Count.EqualTo(2));
        Assert.That(found.CompletedAt, Is.EqualTo(Noon.Next()));
        Assert.That(found.IsComplete, Is.True);
    }

    [Test]
    public async Task A_status_is_only_found_under_its_own_api_root()
    {
        var id = Guid.NewGuid().ToString();
        await Statuses.SaveAsync(Pending("api1", id), default);
        await Statuses.SaveAsync(Pending("api2", id) with { Owner = "bob" }, default);

        Assert.That((await Statuses.FindAsync("api1", id, default))!.Owner, Is.EqualTo("alice"));
        Assert.That((await Statuses.FindAsync("api2", id, default))!.Owner, Is.EqualTo("bob"));
        Assert.That(await Statuses.FindAsync("api3", id, default), Is.Null);
        Assert.That(await Statuses.FindAsync("api1", Guid.NewGuid().ToString(), default), Is.Null);
    }

    [Test]
    public async Task Purge_deletes_only_statuses_completed_before_the_cutoff()
    {
        var old = Completed(Noon);
        var atCutoff = Completed(Noon.Next());
        var recent = Completed(Noon.Next().Next());
        var pending = Pending();
        foreach (var status in new[] { old, atCutoff, recent, pending })
        {
            await Statuses.SaveAsync(status, default);
        }

        var purged = await Statuses.PurgeAsync(Noon.Next(), default);

        Assert.That(purged, Is.EqualTo(1));
        Assert.That(await Statuses.FindAsync("api1", old.Id, default), Is.Null);
        Assert.That(await Statuses.FindAsync("api1", atCutoff.Id, default), Is.Not.Null);
        Assert.That(await Statuses.FindAsync("api1", recent.Id, default), Is.Not.Null);
        Assert.That(await Statuses.FindAsync("api1", pending.Id, default), Is.Not.Null);
    }

    [Test]
    public async Task Empty_lists_round_trip_as_empty()
    {
        var status = Pending() with { Successes = [], Failures = [], Pendings = [], CompletedAt = Noon };
        await Statuses.SaveAsync(status, default);

        var found = await Statuses.FindAsync("api1", status.Id, default);

        Assert.That(found!.TotalCount, Is.Zero);
        Assert.That(found.Successes, Is.Empty);
        Assert.That(found.Failures, Is.Empty);
        Assert.That(found.Pendings, Is.Empty);
    }
}
