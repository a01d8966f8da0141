using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using static TaxiiServer.Storage.Tests.Contract.TestObjects;

namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>Deleting the versions of one object that a version and spec-version selection picks.</summary>
public abstract partial class ObjectStoreContract
{
    private async Task<(string Collection, string Id, string Other)> SeedVersionsAsync()
    {
        var collection = NewCollection();
        var id = NewId("indicator");
        var other = NewId("indicator");
        await Objects.AddAsync(collection,
        [
            Versioned(id, "2021-01-01T00:00:00Z"), Versioned(id, "2021-02-01T00:00:00Z"),
            Versioned(id, "2021-03-01T00:00:00Z"), Versioned(id, "2021-04-01T00:00:00Z", SpecVersion.V20),
            Versioned(other, "2021-01-01T00:00:00Z"),
        ], default);
        return (collection, id, other);
    }

    private async Task<List<string>> VersionsLeftAsync(string collection, string id) =>
        [.. (await AllAsync(collection)).Where(o => o.Id == id).Select(o => o.Version)];

    [Test]
    public async Task Deleting_all_versions_in_both_spec_versions_removes_the_object_only()
    {
        var (c, id, other) = await SeedVersionsAsync();

        var deleted = await Objects.DeleteAsync(
            Query(c, ids: [id], versions: VersionFilter.AllVersions, specVersions: [SpecVersion.V20, SpecVersion.V21]),
            default);

        Assert.That(deleted, Is.EqualTo(4));
        Assert.That(await Objects.ExistsAsync(c, id, default), Is.False);
        Assert.That(await Objects.ExistsAsync(c, other, default), Is.True);
    }

    [Test]
    public async Task Deleting_with_the_default_spec_version_keeps_the_other_spec_version()
    {
        var (c, id, _) = await SeedVersionsAsync();

        var deleted = await Objects.DeleteAsync(Query(c, ids: [id], versions: VersionFilter.AllVersions), default);

        Assert.That(deleted, Is.EqualTo(3));
        Assert.That(await VersionsLeftAsync(c, id), Is.EqualTo(new[] { "2021-04-01T00:00:00Z" }));
    }

    [Test]
    public async Task Deleting_first_and_last_removes_those_two_versions()
    {
        var (c, id, _) = await SeedVersionsAsync();

        var deleted = await Objects.DeleteAsync(Query(c, ids: [id], versions: Versions(first: true, last: true)), default);

        Assert.That(deleted, Is.EqualTo(2));
        Assert.That(await VersionsLeftAsync(c, id),
            Is.EqualTo(new[] { "2021-02-01T00:00:00Z", "2021-04-01T00:00:00Z" }));
    }

    [Test]
    public async Task Deleting_explicit_versions_ignores_date_bounds_types_and_limit()
    {
        var (c, id, _) = await SeedVersionsAsync();
        var everything = await AllAsync(c);

        var query = Query(c, limit: 1, addedAfter: everything[^1].DateAdded, types: ["malware"], ids: [id],
            versions: Versions(texts: ["2021-02-01T00:00:00.000Z", "2021-04-01T00:00:00Z"]),
            specVersions: [SpecVersion.V20, SpecVersion.V21]);
        var deleted = await Objects.DeleteAsync(query, default);

        Assert.That(deleted, Is.EqualTo(2));
        Assert.That(await VersionsLeftAsync(c, id), Is.EqualTo(new[] { "2021-01-01T00:00:00Z", "2021-03-01T00:00:00Z" }));
    }

    [Test]
    public async Task Deleting_what_is_not_there_deletes_nothing()
    {
        var (c, id, _) = await SeedVersionsAsync();

        var unknownId = await Objects.DeleteAsync(Query(c, ids: [NewId("indicator")], versions: VersionFilter.AllVersions), default);
        var unknownVersion = await Objects.DeleteAsync(Query(c, ids: [id], versions: Versions(texts: ["1999-01-01T00:00:00Z"])), default);

        Assert.That(unknownId, Is.Zero);
        Assert.That(unknownVersion, Is.Zero);
        Assert.That(await Objects.CountAsync(c, default), Is.EqualTo(5));
    }

    [Test]
    public async Task Date_added_keeps_increasing_after_the_newest_record_is_deleted()
    {
        var collection = NewCollection();
        var id = NewId("indicator");
        var first = await Objects.AddAsync(collection, [Versioned(id, "2021-01-01T00:00:00Z")], default);
        await Objects.DeleteAsync(Query(collection, ids: [id], versions: VersionFilter.AllVersions), default);

        var again = await Objects.AddAsync(collection, [Versioned(id, "2021-01-01T00:00:00Z")], default);

        // A reader that saw the deleted record resumes after its date_added: the new one must still come later.
        Assert.That(again[0].Kind, Is.EqualTo(AddOutcomeKind.Added));
        Assert.That(again[0].DateAdded, Is.GreaterThan(first[0].DateAdded));
    }
}
