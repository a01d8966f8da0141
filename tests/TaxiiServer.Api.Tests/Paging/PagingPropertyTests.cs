using System.Globalization;
using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Paging;

/// <summary>
/// Random objects and versions (STIX 2.0 and 2.1), random filters and page sizes: paging through the objects or
/// manifest endpoint returns exactly the records <see cref="PagingModel"/> computes, once each, in date_added order.
/// The seed is printed; set TAXII_TEST_SEED to replay a failure.
/// </summary>
public class PagingPropertyTests : TaxiiApiFixture
{
    private const int Objects = 30;
    private const int Queries = 25;

    [Test]
    public async Task Paging_returns_exactly_the_matching_records_once_in_date_added_order()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("TAXII_TEST_SEED"), CultureInfo.InvariantCulture, out var fixedSeed)
            ? fixedSeed
            : Random.Shared.Next();
        TestContext.Out.WriteLine($"seed {seed} (TAXII_TEST_SEED={seed} replays this run)");
        var random = new Random(seed);
        var collection = Factory.TakeLabCollection();

        var stored = await PostRandomObjectsAsync(random, collection);
        for (var i = 0; i < Queries; i++)
        {
            var query = RandomQuery(random, stored);
            var expected = PagingModel.Expected(stored, query);
            var served = await PageThroughAsync(collection, query, stored);
            Assert.That(served, Is.EqualTo(expected.Select(r => (r.Id, r.Version))), () => $"seed {seed}, query {query}");
        }
    }

    /// <summary>POSTs random objects in random order and batches; returns them with the date_added they got.</summary>
    private async Task<IReadOnlyList<ModelRecord>> PostRandomObjectsAsync(Random random, string collection)
    {
        var posts = new List<(StixObjectBuilder Builder, string Type, string Spec)>();
        for (var i = 0; i < Objects; i++)
        {
            var kind = random.Next(3);
            var id = StixObjectBuilder.NewId(kind switch { 0 => "indicator", 1 => "malware", _ => "ipv4-addr" });
            if (kind == 2)
            {
                posts.Add((StixObjectBuilder.Ipv4($"10.0.{i}.1", id), "ipv4-addr", "2.1"));
                continue;
            }

            var offsets = Enumerable.Range(0, 10).OrderBy(_ => random.Next()).Take(random.Next(1, 5));
            foreach (var offset in offsets)
            {
                var stix20 = kind == 0 && random.Next(3) == 0;
                var builder = kind == 1 ? StixObjectBuilder.Malware(id) : stix20 ? StixObjectBuilder.Indicator20(id) : StixObjectBuilder.Indicator(id);
                posts.Add((builder.Version(offset), kind == 1 ? "malware" : "indicator", stix20 ? "2.0" : "2.1"));
            }
        }

        var order = posts.OrderBy(_ => random.Next()).ToList();
        for (var start = 0; start < order.Count;)
        {
            var batch = order.Skip(start).Take(random.Next(1, 7)).ToArray();
            await AddAsync(TestHub.LabRoot, collection, [.. batch.Select(p => p.Builder)]);
            start += batch.Length;
        }

        var manifest = await ManifestAsync(TestHub.LabRoot, collection);
        Assert.That(manifest.Select(r => r.Id), Is.EqualTo(order.Select(p => p.Builder.Id)), "date_added follows POST order");
        return manifest.Select((record, i) => new ModelRecord(
            record.Id, order[i].Type, record.Version,
            TaxiiTime.ToMicros(NormalizeVersion(record.Version)), order[i].Spec, record.DateAddedMicros)).ToList();
    }

    /// <summary>Versions are either the builder's millisecond timestamps or a µs date_added; both to µs form.</summary>
    private static string NormalizeVersion(string version) =>
        version.Length == 24 ? version[..23] + "000Z" : version;

    private static ModelQuery RandomQuery(Random random, IReadOnlyList<ModelRecord> stored)
    {
        var ids = stored.Select(r => r.Id).Distinct().ToList();
        IReadOnlyList<string> pickIds = random.Next(3) == 0 ? ids.OrderBy(_ => random.Next()).Take(random.Next(1, 6)).ToList() : [];
        IReadOnlyList<string> pickTypes = random.Next(3) == 0
            ? new[] { "indicator", "malware", "ipv4-addr" }.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList()
            : [];
        var someVersion = stored[random.Next(stored.Count)].Version;
        var versions = random.Next(7) switch
        {
            0 => null,
            1 => "first",
            2 => "last",
            3 => "all",
            4 => "first,last",
            5 => someVersion,
            _ => someVersion + ",last",
        };
        var specs = random.Next(4) switch { 0 => "2.0", 1 => "2.1", 2 => "2.0,2.1", _ => null };
        long? addedAfter = random.Next(2) == 0 ? stored[random.Next(stored.Count)].DateAdded - random.Next(2) : null;
        return new ModelQuery(random.Next(2) == 0 ? "objects" : "manifest", pickIds, pickTypes, versions, specs, addedAfter, random.Next(1, 9));
    }

    private async Task<IReadOnlyList<(string, string)>> PageThroughAsync(string collection, ModelQuery query, IReadOnlyList<ModelRecord> stored)
    {
        var filters = new List<(string, string)> { ("limit", query.Limit.ToString(CultureInfo.InvariantCulture)) };
        if (query.Ids.Count > 0)
        {
            filters.Add(("match[id]", string.Join(',', query.Ids)));
        }

        if (query.Types.Count > 0)
        {
            filters.Add(("match[type]", string.Join(',', query.Types)));
        }

        if (query.Versions is not null)
        {
            filters.Add(("match[version]", query.Versions));
        }

        if (query.Specs is not null)
        {
            filters.Add(("match[spec_version]", query.Specs));
        }

        if (query.AddedAfter is { } after)
        {
            filters.Add(("added_after", TaxiiTime.FromMicros(after)));
        }

        var served = new List<(string, string)>();
        string? next = null;
        var pages = 0;
        do
        {
            (string, string)[] parameters = next is null ? [.. filters] : [.. filters, ("next", next)];
            var path = query.Endpoint == "objects"
                ? TaxiiPaths.Objects(TestHub.LabRoot, collection, TaxiiQuery.Of(parameters))
                : TaxiiPaths.Manifest(TestHub.LabRoot, collection, TaxiiQuery.Of(parameters));
            var page = (await ReadWrite.GetTaxiiAsync(path)).ShouldBe(200);
            Assert.That(page.Objects, Has.Count.LessThanOrEqualTo(query.Limit), "a page holds at most limit records");
            served.AddRange(page.Objects.Select(o => ((string)o["id"]!, VersionOf(o, query.Endpoint, stored))));
            next = page.Next;
            pages++;
            Assert.That(pages, Is.LessThan(stored.Count + 2), "paging terminates");
        }
        while (next is not null);

        return served;
    }

    /// <summary>A manifest record states its version; an object's is its modified, or for an SCO its only version.</summary>
    private static string VersionOf(System.Text.Json.Nodes.JsonObject item, string endpoint, IReadOnlyList<ModelRecord> stored) =>
        endpoint == "manifest"
            ? (string)item["version"]!
            : (string?)item["modified"] ?? stored.Single(r => r.Id == (string)item["id"]!).Version;
}
