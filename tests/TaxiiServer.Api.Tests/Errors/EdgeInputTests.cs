using System.Text;
using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Errors;

/// <summary>Extreme but well-formed inputs are answered normally, never with a server error.</summary>
public class EdgeInputTests : TaxiiApiFixture
{
    private static readonly string SharedObjects = TaxiiPaths.Objects(TestHub.Root, TestHub.Shared);

    [TestCase("added_after=0001-01-01T00:00:00Z")] // the earliest representable instant
    [TestCase("added_after=9999-12-31T23:59:59.999999999Z")] // the latest
    [TestCase("limit=2147483647")] // int.MaxValue: served at the maximum
    [TestCase("match[version]=9999-12-31T23:59:59.999999999Z")]
    [TestCase("match[version]=0001-01-01T00:00:00Z,first,last,all")]
    [TestCase("match[spec_version]=2.1,2.1&match[spec_version]=2.1")] // repeated values
    [TestCase("match[type]=indicator,indicator")]
    [TestCase("match[id]=not-a-stix-id")] // an id that cannot exist matches nothing
    public async Task Extreme_but_valid_filter_is_served(string query)
    {
        var response = await ReadWrite.GetTaxiiAsync(SharedObjects + "?" + query);

        response.ShouldBe(200);
    }

    [Test]
    public async Task Many_match_id_values_are_served()
    {
        var indicator = StixObjectBuilder.Indicator();
        await AddAsync(TestHub.Root, TestHub.Shared, indicator);
        // As many as fit the default request line of 8 KiB (about 160 ids of 48 characters).
        var ids = Enumerable.Range(0, 150).Select(_ => StixObjectBuilder.NewId("indicator")).Append(indicator.Id);

        var response = await ReadWrite.GetTaxiiAsync(TaxiiPaths.Manifest(TestHub.Root, TestHub.Shared, TaxiiQuery.Of(("match[id]", string.Join(',', ids)))));

        Assert.That(response.ShouldBe(200).ObjectIds, Is.EqualTo(new[] { indicator.Id }));
    }

    [Test]
    public async Task A_request_line_over_the_limit_is_a_414_taxii_error()
    {
        var ids = Enumerable.Range(0, 200).Select(_ => StixObjectBuilder.NewId("indicator"));

        var response = await ReadWrite.GetTaxiiAsync(TaxiiPaths.Manifest(TestHub.Root, TestHub.Shared, TaxiiQuery.Of(("match[id]", string.Join(',', ids)))));

        Assert.That((string?)response.ShouldBeTaxiiError(414).Body["description"], Does.Contain("8192"));
    }

    [Test]
    public async Task More_header_fields_than_the_limit_is_a_431_taxii_error()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, TaxiiPaths.Discovery);
        for (var i = 0; i < 120; i++)
        {
            request.Headers.TryAddWithoutValidation($"X-Filler-{i}", "1");
        }

        (await ReadWrite.SendTaxiiAsync(request)).ShouldBeTaxiiError(431);
    }

    [Test]
    public async Task Headers_larger_than_the_limit_are_a_431_taxii_error()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, TaxiiPaths.Discovery);
        request.Headers.TryAddWithoutValidation("X-Filler", new string('a', 40_000));

        var response = (await ReadWrite.SendTaxiiAsync(request)).ShouldBeTaxiiError(431);

        Assert.That((string?)response.Body["description"], Does.Contain("32768"));
    }

    [TestCase("HEAD")]
    [TestCase("OPTIONS")]
    [TestCase("PUT")]
    public async Task Unsupported_method_on_discovery_is_a_client_error(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), TaxiiPaths.Discovery);

        var response = await Admin.SendTaxiiAsync(request);

        Assert.That(response.StatusCode, Is.InRange(400, 499), response.Text);
    }

    [Test]
    public async Task Object_path_with_an_id_that_is_not_a_stix_id_is_a_404_error()
    {
        (await ReadWrite.GetTaxiiAsync(TaxiiPaths.OneObject(TestHub.Root, TestHub.Shared, "not-an-id"))).ShouldBeTaxiiError(404);
        (await ReadWrite.DeleteTaxiiAsync(TaxiiPaths.OneObject(TestHub.Root, TestHub.Shared, "not-an-id"))).ShouldBeTaxiiError(404);
        (await ReadWrite.GetTaxiiAsync(TaxiiPaths.Versions(TestHub.Root, TestHub.Shared, "not-an-id"))).ShouldBeTaxiiError(404);
    }

    [Test]
    public async Task Body_with_a_utf8_byte_order_mark_is_answered_without_a_server_error()
    {
        var indicator = StixObjectBuilder.Indicator();
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(EnvelopeBuilder.Of(indicator).ToJson())];

        var response = await ReadWrite.PostTaxiiAsync(SharedObjects, body);

        Assert.That(response.StatusCode, Is.EqualTo(202).Or.EqualTo(400), response.Text);
    }

    [Test]
    public async Task Object_with_extreme_timestamps_is_stored_and_served()
    {
        var early = StixObjectBuilder.Indicator().With("created", "0001-01-01T00:00:00.000Z").With("modified", "0001-01-01T00:00:00.000Z");
        var late = StixObjectBuilder.Indicator().With("created", "9999-12-31T23:59:59.999999999Z").With("modified", "9999-12-31T23:59:59.999999999Z");

        await AddAsync(TestHub.Root, TestHub.Shared, early, late);

        var records = await ManifestAsync(TestHub.Root, TestHub.Shared, early.Id, late.Id);
        Assert.That(records.Select(r => r.Version), Is.EqualTo(new[] { "0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999999999Z" }));
    }
}
