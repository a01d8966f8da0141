using System.Globalization;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using static TaxiiServer.Storage.Tests.Contract.TestObjects;

namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>
/// Random collections, random filters, random page sizes: paging must return exactly the in-memory expectation,
/// each record once, in date_added order. The seed is printed so a failure can be replayed.
/// </summary>
public abstract partial class ObjectStoreContract
{
    private sealed record Model(string Id, string Type, string VersionKey, string Version, string Spec, TaxiiTimestamp DateAdded);

    [Test]
    public async Task Paging_random_filters_returns_exactly_the_expected_records_once_in_order(
        [Values(1, 2, 3)] int round)
    {
        var seed = Environment.TickCount ^ round;
        TestContext.Out.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var collection = NewCollection();
        var model = await FillRandomlyAsync(random, collection);

        for (var i = 0; i < 60; i++)
        {
            var query = RandomQuery(random, collection, model);
            var expected = Expected(model, query);
            var paged = await PageThroughAsync(query, () => random.Next(1, 9));

            Assert.That(paged.Select(p => (p.Id, p.Version, p.DateAdded)),
                Is.EqualTo(expected.Select(e => (e.Id, e.Version, e.DateAdded))),
                $"seed {seed}, query {i}: {Describe(query)}");
        }
    }

    private async Task<List<Model>> FillRandomlyAsync(Random random, string collection)
    {
        string[] types = ["indicator", "malware", "ipv4-addr"];
        var ids = Enumerable.Range(0, 18).Select(i => NewId(types[i % types.Length])).ToList();
        var model = new List<Model>();
        for (var batch = 0; batch < 25; batch++)
        {
            // A frozen clock half of the time: date_added must still be strictly increasing.
            Clock.Advance(TimeSpan.FromTicks(random.Next(2) * random.Next(1, 50_000)));
            var objects = new List<NewObject>();
            for (var n = random.Next(1, 6); n > 0; n--)
            {
                var id = ids[random.Next(ids.Count)];
                var spec = random.Next(4) == 0 ? SpecVersion.V20 : SpecVersion.V21;
                objects.Add(TypeOf(id) == "ipv4-addr"
                    ? Unversioned(id)
                    : Versioned(id, $"2021-0{random.Next(1, 10)}-01T00:00:00.{random.Next(0, 3)}Z", spec));
            }

            var outcomes = await Objects.AddAsync(collection, objects, default);
            for (var k = 0; k < objects.Count; k++)
            {
                if (outcomes[k].Kind == AddOutcomeKind.Added)
                {
                    model.Add(new Model(objects[k].Id, objects[k].Type, Version(outcomes[k].Version).SortKey,
                        outcomes[k].Version, objects[k].SpecVersion, outcomes[k].DateAdded));
                }
            }
        }

        return model;
    }

    private static ObjectQuery RandomQuery(Random random, string collection, List<Model> model)
    {
        List<T> Some<T>(IEnumerable<T> pool, int chance) =>
            random.Next(chance) == 0 ? [.. pool.Where(_ => random.Next(3) == 0)] : [];

        var keys = model.Select(m => m.VersionKey).Distinct().Append(Version("2030-01-01T00:00:00Z").SortKey);
        var all = random.Next(5) == 0;
        var first = random.Next(3) == 0;
        var sortKeys = Some(keys, 3);
        // An empty filter is never built by the query service (no match[version] means last): skip it here too.
        var last = random.Next(2) == 0 || (!first && !all && sortKeys.Count == 0);
        var versions = new VersionFilter(first, last, all, sortKeys);
        TaxiiTimestamp? addedAfter = random.Next(3) == 0 ? model[random.Next(model.Count)].DateAdded : null;
        return new ObjectQuery(collection, addedAfter, null,
            Some(model.Select(m => m.Id).Distinct().Append(NewId("tool")), 3),
            Some(new[] { "indicator", "malware", "ipv4-addr", "tool" }, 3),
            versions,
            Some(new[] { SpecVersion.V20, SpecVersion.V21 }, 2),
            1);
    }

    /// <summary>The contract's selection rules, stated over the in-memory model.</summary>
    private static List<Model> Expected(List<Model> model, ObjectQuery query)
    {
        bool SpecOk(Model m) => query.SpecVersions.Count == 0
            ? m.Spec == model.Where(o => o.Id == m.Id).Max(o => o.Spec)
            : query.SpecVersions.Contains(m.Spec);

        var survivors = model.Where(SpecOk).ToLookup(m => m.Id);
        var v = query.Versions;
        bool VersionOk(Model m)
        {
            var keys = survivors[m.Id].Select(s => s.VersionKey).ToList();
            return v.All
                || (v.First && m.VersionKey == keys.Min(StringComparer.Ordinal))
                || (v.Last && m.VersionKey == keys.Max(StringComparer.Ordinal))
                || v.SortKeys.Contains(m.VersionKey);
        }

        return
        [
            .. model.Where(m => query.LowerBound is not { } bound || m.DateAdded > bound)
                .Where(m => query.Ids.Count == 0 || query.Ids.Contains(m.Id))
                .Where(m => query.Types.Count == 0 || query.Types.Contains(m.Type))
                .Where(SpecOk)
                .Where(VersionOk)
                .OrderBy(m => m.DateAdded),
        ];
    }

    private static string Describe(ObjectQuery q) => string.Create(CultureInfo.InvariantCulture,
        $"after={q.AddedAfter} ids={q.Ids.Count} types=[{string.Join(',', q.Types)}] spec=[{string.Join(',', q.SpecVersions)}] "
        + $"first={q.Versions.First} last={q.Versions.Last} all={q.Versions.All} keys={q.Versions.SortKeys.Count}");
}
