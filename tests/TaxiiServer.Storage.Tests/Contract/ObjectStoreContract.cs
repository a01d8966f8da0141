using System.Text;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using static TaxiiServer.Storage.Tests.Contract.TestObjects;

namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>
/// The object store contract: adding, date_added allocation, identity of versions and raw round-trips. Filters,
/// paging, deletes and concurrency are in the other parts of this class.
/// </summary>
public abstract partial class ObjectStoreContract : StoreContract
{
    protected IObjectStore Objects => Stores.Objects;

    protected async Task<IReadOnlyList<StoredObject>> AllAsync(string collection) =>
        (await Objects.QueryAsync(Everything(collection), includeContent: true, CancellationToken.None)).Items;

    [Test]
    public async Task Added_objects_get_strictly_increasing_date_added_even_with_a_frozen_clock()
    {
        var collection = NewCollection();
        var batch = Enumerable.Range(0, 50).Select(_ => Versioned(NewId("indicator"), "2021-01-01T00:00:00Z")).ToList();

        var first = await Objects.AddAsync(collection, batch[..25], CancellationToken.None);
        var second = await Objects.AddAsync(collection, batch[25..], CancellationToken.None);

        var dates = first.Concat(second).Select(o => o.DateAdded.Microseconds).ToList();
        Assert.That(first.Concat(second).Select(o => o.Kind), Is.All.EqualTo(AddOutcomeKind.Added));
        Assert.That(dates, Is.Ordered.Ascending);
        Assert.That(dates, Is.Unique);
        Assert.That(dates[0], Is.EqualTo(TaxiiTimestamp.FromDateTimeOffset(ClockStart).Microseconds));
    }

    [Test]
    public async Task Date_added_follows_the_clock_when_it_is_ahead_and_never_goes_back_when_it_is_behind()
    {
        var collection = NewCollection();
        var one = await Objects.AddAsync(collection, [Versioned(NewId("malware"), "2021-01-01T00:00:00Z")], default);
        Clock.Advance(TimeSpan.FromSeconds(5));
        var two = await Objects.AddAsync(collection, [Versioned(NewId("malware"), "2021-01-01T00:00:00Z")], default);
        Clock.Set(ClockStart - TimeSpan.FromHours(1));
        var three = await Objects.AddAsync(collection, [Versioned(NewId("malware"), "2021-01-01T00:00:00Z")], default);

        Assert.That(two[0].DateAdded, Is.EqualTo(TaxiiTimestamp.FromDateTimeOffset(ClockStart + TimeSpan.FromSeconds(5))));
        Assert.That(three[0].DateAdded, Is.EqualTo(two[0].DateAdded.Next()));
        Assert.That(one[0].DateAdded, Is.LessThan(two[0].DateAdded));
    }

    [Test]
    public async Task Collections_keep_their_own_date_added_sequences_and_records()
    {
        var a = NewCollection();
        var b = NewCollection();
        var id = NewId("indicator");

        var inA = await Objects.AddAsync(a, [Versioned(id, "2021-01-01T00:00:00Z")], default);
        var inB = await Objects.AddAsync(b, [Versioned(id, "2021-01-01T00:00:00Z", note: "other body")], default);

        // The same (id, version) with another body is no conflict in another collection, and the frozen clock
        // gives each collection's first record the clock's time.
        Assert.That(inB[0].Kind, Is.EqualTo(AddOutcomeKind.Added));
        Assert.That(inB[0].DateAdded, Is.EqualTo(inA[0].DateAdded));
        Assert.That(await Objects.CountAsync(a, default), Is.EqualTo(1));
        Assert.That(await Objects.CountAsync(b, default), Is.EqualTo(1));
        Assert.That(await Objects.ExistsAsync(NewCollection(), id, default), Is.False);
        Assert.That(Encoding.UTF8.GetString((await AllAsync(b))[0].Raw.Span), Does.Contain("other body"));
    }

    [Test]
    public async Task Re_adding_an_identical_version_is_unchanged_and_keeps_its_original_date_added()
    {
        var collection = NewCollection();
        var obj = Versioned(NewId("indicator"), "2021-01-01T00:00:00.123Z");
        var first = await Objects.AddAsync(collection, [obj], default);
        Clock.Advance(TimeSpan.FromMinutes(1));

        var again = await Objects.AddAsync(collection, [obj], default);

        Assert.That(again[0].Kind, Is.EqualTo(AddOutcomeKind.Unchanged));
        Assert.That(again[0].DateAdded, Is.EqualTo(first[0].DateAdded));
        Assert.That(again[0].Version, Is.EqualTo("2021-01-01T00:00:00.123Z"));
        Assert.That(await Objects.CountAsync(collection, default), Is.EqualTo(1));
        Assert.That((await AllAsync(collection))[0].DateAdded, Is.EqualTo(first[0].DateAdded));
    }

    [Test]
    public async Task A_different_body_under_a_stored_version_is_a_conflict_and_the_stored_body_stays()
    {
        var collection = NewCollection();
        var id = NewId("indicator");
        var original = Versioned(id, "2021-01-01T00:00:00Z", note: "original");
        var first = await Objects.AddAsync(collection, [original], default);

        // Same instant written with another precision: still the same version.
        var rival = Versioned(id, "2021-01-01T00:00:00.000Z", note: "rival");
        var outcome = await Objects.AddAsync(collection, [rival], default);

        Assert.That(outcome[0].Kind, Is.EqualTo(AddOutcomeKind.Conflict));
        Assert.That(outcome[0].DateAdded, Is.EqualTo(first[0].DateAdded));
        var stored = await AllAsync(collection);
        Assert.That(stored, Has.Count.EqualTo(1));
        Assert.That(stored[0].Raw.ToArray(), Is.EqualTo(original.Raw.ToArray()));
    }

    [Test]
    public async Task Duplicates_inside_one_batch_behave_as_across_batches()
    {
        var collection = NewCollection();
        var id = NewId("indicator");
        var obj = Versioned(id, "2021-01-01T00:00:00Z");
        var rival = Versioned(id, "2021-01-01T00:00:00Z", note: "rival");
        var newer = Versioned(id, "2021-02-01T00:00:00Z");

        var outcomes = await Objects.AddAsync(collection, [obj, obj, rival, newer], default);

        Assert.That(outcomes.Select(o => o.Kind), Is.EqualTo(new[]
        {
            AddOutcomeKind.Added, AddOutcomeKind.Unchanged, AddOutcomeKind.Conflict, AddOutcomeKind.Added,
        }));
        Assert.That(outcomes[1].DateAdded, Is.EqualTo(outcomes[0].DateAdded));
        Assert.That(outcomes[2].DateAdded, Is.EqualTo(outcomes[0].DateAdded));
        Assert.That(outcomes[3].DateAdded, Is.GreaterThan(outcomes[0].DateAdded));
        Assert.That(await Objects.CountAsync(collection, default), Is.EqualTo(2));
    }

    [Test]
    public async Task An_object_without_created_or_modified_takes_its_first_date_added_as_version()
    {
        var collection = NewCollection();
        var id = NewId("ipv4-addr");
        Clock.Set(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1234560));
        var first = await Objects.AddAsync(collection, [Unversioned(id)], default);
        Clock.Advance(TimeSpan.FromHours(1));

        var again = await Objects.AddAsync(collection, [Unversioned(id), Unversioned(id, note: "changed")], default);

        Assert.That(first[0].Kind, Is.EqualTo(AddOutcomeKind.Added));
        Assert.That(first[0].Version, Is.EqualTo("2026-03-01T12:00:00.123456Z"));
        Assert.That(first[0].Version, Is.EqualTo(first[0].DateAdded.ToString()));
        Assert.That(again.Select(o => o.Kind), Is.EqualTo(new[] { AddOutcomeKind.Unchanged, AddOutcomeKind.Conflict }));
        Assert.That(again.Select(o => o.Version), Is.All.EqualTo(first[0].Version));
        var stored = await AllAsync(collection);
        Assert.That(stored.Select(s => s.Version), Is.EqualTo(new[] { first[0].Version }));
    }

    [Test]
    public async Task An_unversioned_object_repeated_in_its_first_batch_is_unchanged()
    {
        var collection = NewCollection();
        var id = NewId("domain-name");

        var outcomes = await Objects.AddAsync(collection, [Unversioned(id), Unversioned(id)], default);

        Assert.That(outcomes.Select(o => o.Kind), Is.EqualTo(new[] { AddOutcomeKind.Added, AddOutcomeKind.Unchanged }));
        Assert.That(outcomes[1].DateAdded, Is.EqualTo(outcomes[0].DateAdded));
        Assert.That(outcomes[1].Version, Is.EqualTo(outcomes[0].Version));
    }

    [TestCase("{ \"type\" : \"indicator\",\n\t\"id\":\"ID\" ,  \"x\":[ 1 ,2 ]\r\n}", TestName = "Odd whitespace")]
    [TestCase("{\"type\":\"indicator\",\"id\":\"ID\",\"name\":\"caf\u00e9 \u2615 \U0001D11E \\u00e9\"}", TestName = "Unicode, raw and escaped")]
    [TestCase("{\"type\":\"indicator\",\"id\":\"ID\",\"n\":123456789012345678901234567890.1e-400,\"m\":-0}", TestName = "Big numbers")]
    public async Task Raw_bytes_round_trip_exactly(string template)
    {
        var collection = NewCollection();
        var id = NewId("indicator");
        var raw = Encoding.UTF8.GetBytes(template.Replace("ID", id, StringComparison.Ordinal));
        await Objects.AddAsync(collection, [FromBytes(id, SpecVersion.V21, Version("2021-01-01T00:00:00Z"), raw)], default);

        var stored = await AllAsync(collection);

        Assert.That(stored[0].Raw.ToArray(), Is.EqualTo(raw));
    }

    [Test]
    public async Task Stored_records_report_id_type_version_text_and_spec_version_as_given()
    {
        var collection = NewCollection();
        var id = NewId("attack-pattern");
        var added = await Objects.AddAsync(collection, [Versioned(id, "2021-05-06T07:08:09.1Z", SpecVersion.V20)], default);

        var stored = (await Objects.QueryAsync(Everything(collection), includeContent: false, default)).Items.Single();

        Assert.That(stored.Id, Is.EqualTo(id));
        Assert.That(stored.Type, Is.EqualTo("attack-pattern"));
        Assert.That(stored.Version, Is.EqualTo("2021-05-06T07:08:09.1Z"));
        Assert.That(stored.SpecVersion, Is.EqualTo(SpecVersion.V20));
        Assert.That(stored.DateAdded, Is.EqualTo(added[0].DateAdded));
        Assert.That(stored.Raw.IsEmpty, Is.True, "no content was asked for");
    }

    [Test]
    public async Task Exists_and_count_see_every_version()
    {
        var collection = NewCollection();
        var id = NewId("indicator");
        await Objects.AddAsync(collection,
            [Versioned(id, "2021-01-01T00:00:00Z"), Versioned(id, "2021-01-02T00:00:00Z", SpecVersion.V20)], default);

        Assert.That(await Objects.ExistsAsync(collection, id, default), Is.True);
        Assert.That(await Objects.ExistsAsync(collection, NewId("indicator"), default), Is.False);
        Assert.That(await Objects.CountAsync(collection, default), Is.EqualTo(2));
        Assert.That(await Objects.CountAsync(NewCollection(), default), Is.Zero);
    }
}
