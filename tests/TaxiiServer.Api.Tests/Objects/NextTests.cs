using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Objects;

/// <summary>The next token: continues a listing, and only the listing (filters, endpoint, collection) it was issued for.</summary>
public class NextTests : TaxiiApiFixture
{
    private string _collection = "";
    private IReadOnlyList<string> _indicators = [];

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        _collection = Factory.TakeLabCollection();
        var indicators = Enumerable.Range(0, 7).Select(_ => StixObjectBuilder.Indicator()).ToArray();
        await AddAsync(TestHub.LabRoot, _collection, [indicators[0], StixObjectBuilder.Malware(), .. indicators[1..]]);
        _indicators = indicators.Select(i => i.Id).ToList();
    }

    private Task<TaxiiResponse> ObjectsAsync(params (string, string)[] query) =>
        ReadWrite.GetTaxiiAsync(TaxiiPaths.Objects(TestHub.LabRoot, _collection, TaxiiQuery.Of(query)));

    [Test]
    public async Task Next_continues_the_listing_until_more_is_false([Values("objects", "manifest")] string endpoint)
    {
        var seen = new List<string>();
        string? next = null;
        var pages = 0;
        do
        {
            (string, string)[] query = next is null
                ? [("match[type]", "indicator"), ("limit", "3")]
                : [("match[type]", "indicator"), ("limit", "3"), ("next", next)];
            var path = endpoint == "objects"
                ? TaxiiPaths.Objects(TestHub.LabRoot, _collection, TaxiiQuery.Of(query))
                : TaxiiPaths.Manifest(TestHub.LabRoot, _collection, TaxiiQuery.Of(query));
            var page = (await ReadWrite.GetTaxiiAsync(path)).ShouldBe(200);
            seen.AddRange(page.ObjectIds);
            Assert.That(page.Next is not null, Is.EqualTo(page.More), "next is present exactly when more is true");
            next = page.Next;
            pages++;
        }
        while (next is not null && pages < 10);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(seen, Is.EqualTo(_indicators));
            Assert.That(pages, Is.EqualTo(3));
        }
    }

    [Test]
    public async Task Next_may_be_used_with_another_limit()
    {
        var first = (await ObjectsAsync(("match[type]", "indicator"), ("limit", "2"))).ShouldBe(200);

        var rest = (await ObjectsAsync(("match[type]", "indicator"), ("limit", "10"), ("next", first.Next!))).ShouldBe(200);

        Assert.That(rest.ObjectIds, Is.EqualTo(_indicators.Skip(2)));
    }

    [Test]
    public async Task Next_with_other_filters_than_it_was_issued_for_is_a_400_error()
    {
        var first = (await ObjectsAsync(("match[type]", "indicator"), ("limit", "2"))).ShouldBe(200);
        var next = first.Next!;

        (await ObjectsAsync(("match[type]", "malware"), ("limit", "2"), ("next", next))).ShouldBeTaxiiError(400);
        (await ObjectsAsync(("limit", "2"), ("next", next))).ShouldBeTaxiiError(400);
        (await ObjectsAsync(("match[type]", "indicator"), ("added_after", "2020-01-01T00:00:00Z"), ("next", next))).ShouldBeTaxiiError(400);
        (await ObjectsAsync(("match[type]", "indicator"), ("match[version]", "all"), ("next", next))).ShouldBeTaxiiError(400);
    }

    [Test]
    public async Task Next_from_another_endpoint_or_collection_is_a_400_error()
    {
        var first = (await ObjectsAsync(("match[type]", "indicator"), ("limit", "2"))).ShouldBe(200);
        var query = TaxiiQuery.Of(("match[type]", "indicator"), ("limit", "2"), ("next", first.Next!));

        (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Manifest(TestHub.LabRoot, _collection, query))).ShouldBeTaxiiError(400);
        var other = Factory.TakeLabCollection();
        (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Objects(TestHub.LabRoot, other, query))).ShouldBeTaxiiError(400);
    }

    [TestCase("garbage")]
    [TestCase("")] // present but empty
    [TestCase("djEuMTIzNDU2Nzg5MGFiY2RlZi4xMjM")] // looks like a token, was never issued
    [TestCase("!!!")] // not base64url
    public async Task Next_that_this_server_did_not_issue_is_a_400_error(string next)
    {
        (await ObjectsAsync(("next", next))).ShouldBeTaxiiError(400);
    }
}
