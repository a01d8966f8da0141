using TaxiiServer.Application.Options;
using TaxiiServer.Application.Query;

namespace TaxiiServer.Application.Tests.Query;

public class TaxiiFilterParserTests
{
    private static readonly PagingOptions Paging = new() { DefaultLimit = 100, MaxLimit = 1000 };

    private static Core.Errors.Result<TaxiiFilters> Parse(QueryEndpoint endpoint, params (string Key, string Value)[] query) =>
        TaxiiFilterParser.Parse(endpoint, query.Select(q => KeyValuePair.Create(q.Key, (string?)q.Value)), Paging);

    [Test]
    public void Defaults_to_the_latest_version_and_default_limit()
    {
        var filters = Parse(QueryEndpoint.Objects).Value!;
        Assert.Multiple(() =>
        {
            Assert.That(filters.Limit, Is.EqualTo(100));
            Assert.That(filters.Versions.Last, Is.True);
            Assert.That(filters.Versions.All, Is.False);
            Assert.That(filters.SpecVersions, Is.Empty);
        });
    }

    [Test]
    public void Comma_separated_and_repeated_values_are_ored()
    {
        var filters = Parse(QueryEndpoint.Objects, ("match[type]", "indicator,malware"), ("match[type]", "tool")).Value!;
        Assert.That(filters.Types, Is.EquivalentTo(new[] { "indicator", "malware", "tool" }));
    }

    [Test]
    public void Version_keywords_and_timestamps_combine()
    {
        var versions = Parse(QueryEndpoint.Objects, ("match[version]", "first,last,2026-01-01T00:00:00.5Z")).Value!.Versions;
        Assert.Multiple(() =>
        {
            Assert.That(versions.First, Is.True);
            Assert.That(versions.Last, Is.True);
            Assert.That(versions.All, Is.False);
            Assert.That(versions.SortKeys, Is.EqualTo(new[] { "2026-01-01T00:00:00.500000000Z" }));
        });
    }

    [Test]
    public void Versions_endpoint_defaults_to_all_versions() =>
        Assert.That(Parse(QueryEndpoint.Versions).Value!.Versions.All, Is.True);

    [Test]
    public void Delete_without_a_version_filter_selects_every_version() =>
        Assert.That(Parse(QueryEndpoint.Delete).Value!.Versions.All, Is.True);

    [Test]
    public void A_limit_above_the_maximum_is_served_at_the_maximum() =>
        Assert.That(Parse(QueryEndpoint.Objects, ("limit", "50000")).Value!.Limit, Is.EqualTo(1000));

    [TestCase(QueryEndpoint.Objects, "limit", "0")] // limit must be > 0
    [TestCase(QueryEndpoint.Objects, "limit", "-5")]
    [TestCase(QueryEndpoint.Objects, "limit", "ten")]
    [TestCase(QueryEndpoint.Objects, "added_after", "yesterday")]
    [TestCase(QueryEndpoint.Objects, "added_after", "2026-01-01T00:00:00")] // no Z
    [TestCase(QueryEndpoint.Objects, "match[version]", "newest")] // not a keyword or timestamp
    [TestCase(QueryEndpoint.Objects, "match[colour]", "red")] // unknown match field
    [TestCase(QueryEndpoint.Objects, "match[spec_version]", "latest")] // not a version number
    [TestCase(QueryEndpoint.SingleObject, "match[type]", "indicator")] // the object endpoint has no type filter
    [TestCase(QueryEndpoint.Versions, "match[version]", "all")] // the versions endpoint has no version filter
    [TestCase(QueryEndpoint.Delete, "limit", "5")] // DELETE does not page
    [TestCase(QueryEndpoint.Objects, "match[id]", "")] // an empty value matches nothing useful
    public void Bad_filters_are_a_400(QueryEndpoint endpoint, string key, string value)
    {
        var result = Parse(endpoint, (key, value));
        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Problem!.Code.HttpStatus, Is.EqualTo(400));
    }

    [Test]
    public void Unknown_non_filter_parameters_are_ignored() =>
        Assert.That(Parse(QueryEndpoint.Objects, ("_", "1700000000")).IsSuccess, Is.True);

    [Test]
    public void The_signature_ignores_order_of_values_but_not_their_content()
    {
        var a = Parse(QueryEndpoint.Objects, ("match[type]", "a,b")).Value!.Signature(QueryEndpoint.Objects, "c", null);
        var b = Parse(QueryEndpoint.Objects, ("match[type]", "b,a")).Value!.Signature(QueryEndpoint.Objects, "c", null);
        var c = Parse(QueryEndpoint.Objects, ("match[type]", "a")).Value!.Signature(QueryEndpoint.Objects, "c", null);
        var d = Parse(QueryEndpoint.Objects, ("match[type]", "a,b"), ("limit", "3")).Value!.Signature(QueryEndpoint.Objects, "c", null);
        Assert.Multiple(() =>
        {
            Assert.That(a, Is.EqualTo(b));
            Assert.That(a, Is.Not.EqualTo(c));
            Assert.That(a, Is.EqualTo(d), "limit may change between pages");
        });
    }
}
