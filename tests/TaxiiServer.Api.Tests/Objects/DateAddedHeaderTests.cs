using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Objects;

/// <summary>
/// X-TAXII-Date-Added-First/-Last on the objects, object, manifest and versions endpoints, over a collection holding
/// one indicator with four versions added one POST at a time.
/// </summary>
public class DateAddedHeaderTests : TaxiiApiFixture
{
    private readonly string _id = StixObjectBuilder.NewId("indicator");
    private string _collection = "";
    private IReadOnlyList<ManifestEntry> _records = [];

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        _collection = Factory.TakeLabCollection();
        for (var version = 1; version <= 4; version++)
        {
            await AddAsync(TestHub.LabRoot, _collection, StixObjectBuilder.Indicator(_id).Version(version));
        }

        _records = await ManifestAsync(TestHub.LabRoot, _collection, _id);
    }

    /// <summary>The four endpoints, each listing every version of the one object.</summary>
    private string Path(string endpoint, params (string, string)[] extra)
    {
        (string, string)[] all = [("match[version]", "all"), .. extra];
        return endpoint switch
        {
            "objects" => TaxiiPaths.Objects(TestHub.LabRoot, _collection, TaxiiQuery.Of(all)),
            "manifest" => TaxiiPaths.Manifest(TestHub.LabRoot, _collection, TaxiiQuery.Of(all)),
            "object" => TaxiiPaths.OneObject(TestHub.LabRoot, _collection, _id, TaxiiQuery.Of(all)),
            _ => TaxiiPaths.Versions(TestHub.LabRoot, _collection, _id, extra.Length == 0 ? null : TaxiiQuery.Of(extra)),
        };
    }

    [Test]
    public void Date_added_is_strictly_increasing_and_written_with_six_fractional_digits()
    {
        Assert.That(_records.Select(r => r.DateAdded), Has.All.Match(TaxiiTime.Format()));
        Assert.That(_records.Select(r => r.DateAddedMicros), Is.Ordered.Ascending.And.Unique);
    }

    [Test]
    public async Task Headers_give_the_first_and_last_date_added_of_the_page([Values("objects", "manifest", "object", "versions")] string endpoint)
    {
        var page = (await ReadWrite.GetTaxiiAsync(Path(endpoint, ("limit", "2")))).ShouldBe(200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Header("X-TAXII-Date-Added-First"), Is.EqualTo(_records[0].DateAdded));
            Assert.That(page.Header("X-TAXII-Date-Added-Last"), Is.EqualTo(_records[1].DateAdded));
        }
    }

    [Test]
    public async Task Headers_are_omitted_on_an_empty_page([Values("objects", "manifest", "object", "versions")] string endpoint)
    {
        var page = (await ReadWrite.GetTaxiiAsync(Path(endpoint, ("added_after", _records[^1].DateAdded)))).ShouldBe(200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Header("X-TAXII-Date-Added-First"), Is.Null);
            Assert.That(page.Header("X-TAXII-Date-Added-Last"), Is.Null);
        }
    }

    [Test]
    public async Task Added_after_the_last_header_resumes_exactly_after_the_last_record([Values("objects", "manifest", "object", "versions")] string endpoint)
    {
        var first = (await ReadWrite.GetTaxiiAsync(Path(endpoint, ("limit", "3")))).ShouldBe(200);
        var last = first.Header("X-TAXII-Date-Added-Last")!;

        var rest = (await ReadWrite.GetTaxiiAsync(Path(endpoint, ("added_after", last)))).ShouldBe(200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rest.Header("X-TAXII-Date-Added-First"), Is.EqualTo(_records[3].DateAdded));
            Assert.That(rest.Header("X-TAXII-Date-Added-Last"), Is.EqualTo(_records[3].DateAdded));
        }
    }
}
