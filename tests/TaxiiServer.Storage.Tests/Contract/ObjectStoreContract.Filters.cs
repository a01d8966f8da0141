using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using static TaxiiServer.Storage.Tests.Contract.TestObjects;

namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>match[id], match[type], match[version], match[spec_version] and added_after.</summary>
public abstract partial class ObjectStoreContract
{
    private const string V1 = "2021-01-01T00:00:00Z";
    private const string V2 = "2021-02-01T00:00:00.5Z";
    private const string V3 = "2021-03-01T00:00:00.000001Z";

    /// <summary>
    /// One indicator with three 2.1 versions, one malware whose newest version is 2.0 while an older one is 2.1,
    /// and one 2.0-only tool. Added in that order, each in its own batch.
    /// </summary>
    private async Task<(string Collection, string Indicator, string Malware, string Tool)> SeedAsync()
    {
        var collection = NewCollection();
        var indicator = NewId("indicator");
        var malware = NewId("malware");
        var tool = NewId("tool");
        foreach (var obj in new[]
        {
            Versioned(indicator, V2), Versioned(indicator, V1), Versioned(indicator, V3),
            Versioned(malware, V1), Versioned(malware, V2, SpecVersion.V20),
            Versioned(tool, V1, SpecVersion.V20),
        })
        {
            Clock.Advance(TimeSpan.FromMilliseconds(1));
            await Objects.AddAsync(collection, [obj], default);
        }

        return (collection, indicator, malware, tool);
    }

    private async Task<List<(string Id, string Version)>> SelectAsync(ObjectQuery query) =>
        [.. (await Objects.QueryAsync(query, includeContent: false, default)).Items.Select(i => (i.Id, i.Version))];

    [Test]
    public async Task By_default_each_id_shows_its_last_version_within_its_latest_spec_version()
    {
        var (c, indicator, malware, tool) = await SeedAsync();

        var result = await SelectAsync(Query(c));

        // malware's newest version (V2) is 2.0, but its latest spec_version is 2.1: only the 2.1 record (V1) counts.
        Assert.That(result, Is.EqualTo(new[] { (indicator, V3), (malware, V1), (tool, V1) }));
    }

    [Test]
    public async Task Listed_spec_versions_replace_the_latest_spec_version_default()
    {
        var (c, indicator, malware, tool) = await SeedAsync();

        var only20 = await SelectAsync(Query(c, specVersions: [SpecVersion.V20]));
        var both = await SelectAsync(Query(c, specVersions: [SpecVersion.V20, SpecVersion.V21], versions: VersionFilter.AllVersions));

        Assert.That(only20, Is.EqualTo(new[] { (malware, V2), (tool, V1) }));
        Assert.That(both, Has.Count.EqualTo(6));
        Assert.That(both.Select(b => b.Id).Distinct(), Is.EquivalentTo(new[] { indicator, malware, tool }));
    }

    [Test]
    public async Task Last_with_both_spec_versions_is_the_newest_record_of_either()
    {
        var (c, _, malware, _) = await SeedAsync();

        var result = await SelectAsync(Query(c, ids: [malware], specVersions: [SpecVersion.V20, SpecVersion.V21]));

        Assert.That(result, Is.EqualTo(new[] { (malware, V2) }));
    }

    [Test]
    public async Task First_last_and_all_select_per_id_versions_in_date_added_order()
    {
        var (c, indicator, _, _) = await SeedAsync();

        var first = await SelectAsync(Query(c, ids: [indicator], versions: Versions(first: true)));
        var firstAndLast = await SelectAsync(Query(c, ids: [indicator], versions: Versions(first: true, last: true)));
        var all = await SelectAsync(Query(c, ids: [indicator], versions: VersionFilter.AllVersions));

        Assert.That(first, Is.EqualTo(new[] { (indicator, V1) }));
        // Records come in date_added order, which is arrival order (V2, V1, V3), not version order.
        Assert.That(firstAndLast, Is.EqualTo(new[] { (indicator, V1), (indicator, V3) }));
        Assert.That(all, Is.EqualTo(new[] { (indicator, V2), (indicator, V1), (indicator, V3) }));
    }

    [Test]
    public async Task Explicit_versions_match_whatever_precision_they_are_written_with_and_combine_with_first()
    {
        var (c, indicator, malware, _) = await SeedAsync();

        var explicitOnly = await SelectAsync(Query(c, versions: Versions(texts: ["2021-02-01T00:00:00.500000Z"])));
        var withFirst = await SelectAsync(Query(c, ids: [indicator], versions: Versions(first: true, texts: [V3])));
        var missing = await SelectAsync(Query(c, versions: Versions(texts: ["2030-01-01T00:00:00Z"])));
        var explicit20 = await SelectAsync(Query(c, versions: Versions(texts: [V2]), specVersions: [SpecVersion.V20]));

        // malware's V2 is 2.0, hidden by the spec-version default; the indicator's V2 is shown.
        Assert.That(explicitOnly, Is.EqualTo(new[] { (indicator, V2) }));
        Assert.That(withFirst, Is.EqualTo(new[] { (indicator, V1), (indicator, V3) }));
        Assert.That(missing, Is.Empty);
        Assert.That(explicit20, Is.EqualTo(new[] { (malware, V2) }));
    }

    [Test]
    public async Task First_and_last_are_taken_over_all_of_an_id_s_records_not_only_those_after_added_after()
    {
        var (c, indicator, _, _) = await SeedAsync();
        var all = (await Objects.QueryAsync(Everything(c), false, default)).Items;
        var afterFirstIndicatorRecord = all[0].DateAdded;

        var first = await SelectAsync(Query(c, addedAfter: afterFirstIndicatorRecord, ids: [indicator],
            versions: Versions(first: true)));
        var last = await SelectAsync(Query(c, addedAfter: all[2].DateAdded, ids: [indicator]));

        // The first version (V1, second record) is after the bound: shown. The last version (V3, third record)
        // is not after all[2]: nothing, rather than "the last of what remains".
        Assert.That(first, Is.EqualTo(new[] { (indicator, V1) }));
        Assert.That(last, Is.Empty);
    }

    [Test]
    public async Task Ids_and_types_are_ored_within_and_anded_across()
    {
        var (c, indicator, malware, tool) = await SeedAsync();

        var byIds = await SelectAsync(Query(c, ids: [tool, indicator, NewId("indicator")]));
        var byTypes = await SelectAsync(Query(c, types: ["malware", "tool"]));
        var both = await SelectAsync(Query(c, ids: [indicator, malware], types: ["malware"]));
        var none = await SelectAsync(Query(c, types: ["campaign"]));

        Assert.That(byIds, Is.EqualTo(new[] { (indicator, V3), (tool, V1) }));
        Assert.That(byTypes, Is.EqualTo(new[] { (malware, V1), (tool, V1) }));
        Assert.That(both, Is.EqualTo(new[] { (malware, V1) }));
        Assert.That(none, Is.Empty);
    }

    [Test]
    public async Task Added_after_is_exclusive_and_compares_date_added_only()
    {
        var collection = NewCollection();
        var outcomes = new List<AddOutcome>();
        for (var i = 0; i < 4; i++)
        {
            outcomes.AddRange(await Objects.AddAsync(collection, [Versioned(NewId("indicator"), V1)], default));
        }

        var after = await Objects.QueryAsync(Query(collection, addedAfter: outcomes[1].DateAdded), false, default);
        var afterLast = await Objects.QueryAsync(Query(collection, addedAfter: outcomes[3].DateAdded), false, default);
        var beforeAll = await Objects.QueryAsync(
            Query(collection, addedAfter: new TaxiiTimestamp(outcomes[0].DateAdded.Microseconds - 1)), false, default);

        Assert.That(after.Items.Select(i => i.Id), Is.EqualTo(outcomes.Skip(2).Select(o => o.Id)));
        Assert.That(afterLast.Items, Is.Empty);
        Assert.That(afterLast.More, Is.False);
        Assert.That(beforeAll.Items, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task The_later_of_added_after_and_the_cursor_bounds_the_page()
    {
        var collection = NewCollection();
        var outcomes = await Objects.AddAsync(collection,
            [.. Enumerable.Range(0, 5).Select(_ => Versioned(NewId("indicator"), V1))], default);

        var cursorLater = await Objects.QueryAsync(
            Query(collection, addedAfter: outcomes[0].DateAdded, after: outcomes[2].DateAdded), false, default);
        var addedAfterLater = await Objects.QueryAsync(
            Query(collection, addedAfter: outcomes[3].DateAdded, after: outcomes[1].DateAdded), false, default);

        Assert.That(cursorLater.Items.Select(i => i.Id), Is.EqualTo(outcomes.Skip(3).Select(o => o.Id)));
        Assert.That(addedAfterLater.Items.Select(i => i.Id), Is.EqualTo(outcomes.Skip(4).Select(o => o.Id)));
    }
}
