using TaxiiServer.Storage.MongoDb.Clock;
using TaxiiServer.Storage.MongoDb.Documents;
using TaxiiServer.Storage.MongoDb.Updates;
using static TaxiiServer.Storage.Tests.MongoDb.BsonRendering;

namespace TaxiiServer.Storage.Tests.MongoDb;

public class DateAddedClockTests
{
    [Test]
    public void Allocation_advances_last_to_max_of_now_and_last_plus_one_and_leases_the_block_in_the_same_update()
    {
        var update = ClockUpdates.Allocate(nowMicros: 1000, count: 3, token: "t1", expiresMicros: 61_000);

        AssertBson(Render(update), "[" +
            "{ '$set': { " +
            "last: { '$add': [{ '$max': [NumberLong(999), { '$ifNull': ['$last', NumberLong(0)] }] }, NumberLong(3)] }, " +
            "leases: { '$filter': { input: { '$ifNull': ['$leases', []] }, as: 'lease', cond: { '$gt': ['$$lease.expires', NumberLong(1000)] } } } } }, " +
            "{ '$set': { leases: { '$concatArrays': ['$leases', [{ token: { '$literal': 't1' }, " +
            "from: { '$subtract': ['$last', NumberLong(2)] }, to: '$last', expires: NumberLong(61000) }]] } } }]");
    }

    [Test]
    public void Release_pulls_only_the_leases_of_its_token() =>
        AssertBson(Render(ClockUpdates.Release("t1")), "{ '$pull': { leases: { token: 't1' } } }");

    [Test]
    public void The_clock_of_a_collection_is_its_primary_key() =>
        AssertBson(Render(ClockUpdates.ForCollection("c1")), "{ _id: 'c1' }");

    [Test]
    public void Allocating_nothing_is_refused() =>
        Assert.That(() => ClockUpdates.Allocate(1, 0, "t", 2), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void Without_a_clock_document_nothing_is_visible() =>
        Assert.That(Watermark.Compute(null, 5_000), Is.Zero);

    [Test]
    public void Without_live_leases_readers_see_up_to_the_last_allocated_value() =>
        Assert.That(Watermark.Compute(Clock(500), 5_000), Is.EqualTo(500));

    [Test]
    public void A_live_lease_holds_readers_just_below_its_block()
    {
        var clock = Clock(500, Lease(401, 450, expires: 9_000), Lease(451, 500, expires: 9_000));

        Assert.That(Watermark.Compute(clock, 5_000), Is.EqualTo(400));
    }

    [Test]
    public void An_expired_lease_counts_as_abandoned()
    {
        var clock = Clock(500, Lease(401, 450, expires: 4_999), Lease(451, 500, expires: 9_000));

        Assert.That(Watermark.Compute(clock, 5_000), Is.EqualTo(450));
    }

    [Test]
    public void A_lease_expiring_exactly_now_is_expired_as_in_the_allocation_update() =>
        Assert.That(Watermark.Compute(Clock(500, Lease(401, 500, expires: 5_000)), 5_000), Is.EqualTo(500));

    private static DateAddedClockDocument Clock(long last, params DateAddedLeaseDocument[] leases) =>
        new() { CollectionId = "c1", Last = last, Leases = [.. leases] };

    private static DateAddedLeaseDocument Lease(long from, long to, long expires) =>
        new() { Token = Guid.NewGuid().ToString("N"), From = from, To = to, Expires = expires };
}
