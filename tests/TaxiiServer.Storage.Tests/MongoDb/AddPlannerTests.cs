using System.Text;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb.Documents;
using TaxiiServer.Storage.MongoDb.Stores;

namespace TaxiiServer.Storage.Tests.MongoDb;

public class AddPlannerTests
{
    private const long First = 1_700_000_000_000_000;

    private static NewObject Obj(string id, string? version, string hash) =>
        new(id, id[..id.IndexOf("--", StringComparison.Ordinal)], SpecVersion.V21,
            version is null ? null : StixVersion.TryParse(version, out var v) ? v : throw new ArgumentException(version),
            hash, Encoding.UTF8.GetBytes("{}"));

    private static ObjectDocument Stored(string id, string version, string hash, long dateAdded)
    {
        var v = StixVersion.TryParse(version, out var parsed) ? parsed : throw new ArgumentException(version);
        return new ObjectDocument { StixId = id, Version = v.Text, VersionKey = v.SortKey, ContentHash = hash, DateAdded = dateAdded };
    }

    [Test]
    public void New_versions_take_consecutive_date_added_values_in_batch_order()
    {
        var plan = AddPlanner.Plan(
            [Obj("indicator--1", "2024-01-01T00:00:00Z", "a"), Obj("indicator--2", "2024-01-01T00:00:00Z", "b")], [], First);

        Assert.That(plan.Select(p => p.Kind), Is.All.EqualTo(PlannedKind.Insert));
        Assert.That(plan.Select(p => p.DateAdded), Is.EqualTo(new[] { First, First + 1 }));
    }

    [Test]
    public void A_stored_version_with_the_same_hash_is_unchanged_and_keeps_its_date_added()
    {
        var plan = AddPlanner.Plan([Obj("indicator--1", "2024-01-01T00:00:00Z", "a")],
            [Stored("indicator--1", "2024-01-01T00:00:00.000Z", "a", 42)], First);

        Assert.That(plan[0].Kind, Is.EqualTo(PlannedKind.Unchanged));
        Assert.That(plan[0].DateAdded, Is.EqualTo(42));
    }

    [Test]
    public void A_stored_version_with_another_hash_is_a_conflict_and_keeps_the_stored_one()
    {
        var plan = AddPlanner.Plan([Obj("indicator--1", "2024-01-01T00:00:00Z", "b")],
            [Stored("indicator--1", "2024-01-01T00:00:00Z", "a", 42)], First);

        Assert.That(plan[0].Kind, Is.EqualTo(PlannedKind.Conflict));
        Assert.That(plan[0].StoredHash, Is.EqualTo("a"));
        Assert.That(plan[0].DateAdded, Is.EqualTo(42));
    }

    [TestCase("a", nameof(PlannedKind.Unchanged))]
    [TestCase("z", nameof(PlannedKind.Conflict))] // same version, different body inside one batch: the first one wins
    public void A_repeat_inside_the_batch_is_judged_against_the_earlier_one(string hash, string expected)
    {
        var plan = AddPlanner.Plan(
            [Obj("indicator--1", "2024-01-01T00:00:00Z", "a"), Obj("indicator--1", "2024-01-01T00:00:00Z", hash)], [], First);

        Assert.That(plan[1].Kind, Is.EqualTo(Enum.Parse<PlannedKind>(expected)));
        Assert.That(plan[1].SameAs, Is.Zero);
        Assert.That(plan[1].DateAdded, Is.EqualTo(First));
    }

    [Test]
    public void An_object_without_a_version_gets_its_own_date_added_as_version_when_the_id_is_new()
    {
        var plan = AddPlanner.Plan([Obj("indicator--9", "2024-01-01T00:00:00Z", "x"), Obj("ipv4-addr--1", null, "a")], [], First);

        Assert.That(plan[1].Kind, Is.EqualTo(PlannedKind.Insert));
        Assert.That(plan[1].DateAdded, Is.EqualTo(First + 1));
        Assert.That(plan[1].Version, Is.EqualTo(StixVersion.FromDateAdded(new TaxiiTimestamp(First + 1))));
    }

    [Test]
    public void An_object_without_a_version_takes_the_date_added_of_the_ids_first_stored_record()
    {
        var firstVersion = new TaxiiTimestamp(100).ToString();
        var plan = AddPlanner.Plan([Obj("ipv4-addr--1", null, "a")],
            [Stored("ipv4-addr--1", new TaxiiTimestamp(300).ToString(), "b", 300), Stored("ipv4-addr--1", firstVersion, "a", 100)], First);

        Assert.That(plan[0].Version.Text, Is.EqualTo(firstVersion));
        Assert.That(plan[0].Kind, Is.EqualTo(PlannedKind.Unchanged));
        Assert.That(plan[0].DateAdded, Is.EqualTo(100));
    }

    [Test]
    public void A_second_versionless_copy_in_the_batch_is_the_same_version_as_the_first()
    {
        var plan = AddPlanner.Plan([Obj("ipv4-addr--1", null, "a"), Obj("ipv4-addr--1", null, "b")], [], First);

        Assert.That(plan[1].Version, Is.EqualTo(plan[0].Version));
        Assert.That(plan[1].Kind, Is.EqualTo(PlannedKind.Conflict));
        Assert.That(plan[1].SameAs, Is.Zero);
    }

    [Test]
    public void Potential_inserts_exclude_stored_versions_but_count_batch_repeats()
    {
        NewObject[] batch =
        [
            Obj("indicator--1", "2024-01-01T00:00:00Z", "a"),
            Obj("indicator--1", "2024-01-01T00:00:00Z", "a"),
            Obj("indicator--2", "2024-01-01T00:00:00Z", "a"),
            Obj("ipv4-addr--1", null, "a"),
        ];
        ObjectDocument[] stored = [Stored("indicator--2", "2024-01-01T00:00:00Z", "a", 5)];

        Assert.That(AddPlanner.CountPotentialInserts(batch, stored), Is.EqualTo(3));
        Assert.That(AddPlanner.Plan(batch, stored, First).Count(p => p.Kind == PlannedKind.Insert), Is.EqualTo(2));
    }
}
