using Microsoft.Extensions.Options;
using MongoDB.Driver;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb;
using TaxiiServer.Storage.MongoDb.Clock;

namespace TaxiiServer.Storage.Tests.MongoDb;

/// <summary>The writer-side rule that keeps expired leases safe to ignore: never start a write near expiry.</summary>
public class DateAddedLeaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private MongoClient? _client;

    // No server is contacted: the client only connects when an operation runs.
    [SetUp]
    public void CreateClient() => _client = new MongoClient("mongodb://localhost:27017/?serverSelectionTimeoutMS=100");

    [TearDown]
    public void DisposeClient() => _client?.Dispose();

    [TestCase(16)]
    [TestCase(60)]
    public void A_lease_with_more_than_one_timeout_left_is_writable(int secondsLeft) =>
        Assert.That(() => Clock().EnsureWritable(Lease(secondsLeft)), Throws.Nothing);

    [TestCase(15)] // exactly one timeout left: an insert could still run when readers pass the block
    [TestCase(1)]
    [TestCase(-5)]
    public void A_lease_within_one_timeout_of_expiry_refuses_to_write(int secondsLeft) =>
        Assert.That(() => Clock().EnsureWritable(Lease(secondsLeft)), Throws.InstanceOf<StoreUnavailableException>());

    private DateAddedClock Clock()
    {
        var options = new MongoStorageOptions { ConnectionString = "mongodb://localhost:27017" };
        options.Resilience.Timeout = TimeSpan.FromSeconds(15);
        return new DateAddedClock(new MongoStoreContext(_client!, Options.Create(options), new FixedTime(Now)));
    }

    private static DateAddedLease Lease(int secondsLeft) =>
        new("c1", "t", 1, 1, TaxiiTimestamp.FromDateTimeOffset(Now.AddSeconds(secondsLeft)).Microseconds);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
