using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Objects;

/// <summary>limit on the objects and manifest endpoints, with the maximum lowered to 150 to keep the data small.</summary>
public class LimitTests : TaxiiApiFixture
{
    private const int MaxLimit = 150;
    private const int Stored = 160;
    private string _collection = "";
    private IReadOnlyList<string> _ids = [];

    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Taxii:Paging:MaxLimit"] = MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        _collection = Factory.TakeLabCollection();
        var objects = Enumerable.Range(0, Stored).Select(_ => StixObjectBuilder.Indicator()).ToArray();
        await AddAsync(TestHub.LabRoot, _collection, objects);
        _ids = objects.Select(o => o.Id).ToList();
    }

    private async Task<TaxiiResponse> GetAsync(string endpoint, string? query)
    {
        var path = endpoint == "objects"
            ? TaxiiPaths.Objects(TestHub.LabRoot, _collection, query)
            : TaxiiPaths.Manifest(TestHub.LabRoot, _collection, query);
        return (await ReadWrite.GetTaxiiAsync(path)).ShouldBe(200);
    }

    [Test]
    public async Task Without_limit_a_page_holds_100_records([Values("objects", "manifest")] string endpoint)
    {
        var page = await GetAsync(endpoint, null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.ObjectIds, Is.EqualTo(_ids.Take(100)));
            Assert.That(page.More, Is.True);
            Assert.That(page.Next, Is.Not.Null.And.Not.Empty, "more: true always comes with next");
        }
    }

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(Stored)]
    public async Task Limit_caps_the_page_size(int limit)
    {
        var page = await GetAsync("objects", $"limit={limit}");

        var expected = Math.Min(limit, MaxLimit);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.ObjectIds, Is.EqualTo(_ids.Take(expected)));
            Assert.That(page.More, Is.True);
        }
    }

    [Test]
    public async Task Limit_above_the_maximum_serves_the_maximum([Values("objects", "manifest")] string endpoint)
    {
        var page = await GetAsync(endpoint, "limit=100000");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.ObjectIds, Has.Count.EqualTo(MaxLimit));
            Assert.That(page.More, Is.True);
            Assert.That(page.Next, Is.Not.Null);
        }
    }

    [Test]
    public async Task Limit_covering_the_rest_ends_with_more_false_and_no_next()
    {
        var first = await GetAsync("manifest", "limit=150");
        var rest = await GetAsync("manifest", TaxiiQuery.Of(("limit", "150"), ("next", first.Next!)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rest.ObjectIds, Is.EqualTo(_ids.Skip(150)));
            Assert.That(rest.More, Is.False);
            Assert.That(rest.Body.ContainsKey("next"), Is.False);
        }
    }

    [TestCase("0")] // must be positive
    [TestCase("-1")]
    [TestCase("abc")]
    [TestCase("1.5")] // not an integer
    [TestCase("1e3")] // not a plain integer
    [TestCase("")] // present but empty
    [TestCase("99999999999999999999")] // overflows
    public async Task Invalid_limit_is_a_400_error(string value)
    {
        (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Objects(TestHub.LabRoot, _collection, TaxiiQuery.Of(("limit", value)))))
            .ShouldBeTaxiiError(400);
        (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Manifest(TestHub.LabRoot, _collection, TaxiiQuery.Of(("limit", value)))))
            .ShouldBeTaxiiError(400);
    }
}
