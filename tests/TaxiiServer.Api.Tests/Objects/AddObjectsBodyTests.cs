using System.Text;
using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Objects;

public class AddObjectsBodyTests : TaxiiApiFixture
{
    private static readonly string SharedObjects = TaxiiPaths.Objects(TestHub.Root, TestHub.Shared);

    [TestCase("not json at all")]
    [TestCase("""{"objects": [""")] // truncated
    [TestCase("""{"objects": [{"type": "indicator",}]}""")] // trailing comma
    [TestCase("")] // no body
    public async Task Body_that_is_not_json_is_a_400_error(string body)
    {
        (await ReadWrite.PostTaxiiAsync(SharedObjects, body)).ShouldBeTaxiiError(400);
    }

    [TestCase("[]")] // an array, not an envelope
    [TestCase("\"objects\"")] // a string
    [TestCase("{}")] // no objects member
    [TestCase("""{"objects": {}}""")] // objects is not an array
    [TestCase("""{"objects": []}""")] // nothing to add
    [TestCase("""{"more": false}""")] // an envelope as served, without objects
    public async Task Json_that_is_not_an_envelope_is_a_400_error(string body)
    {
        var response = (await ReadWrite.PostTaxiiAsync(SharedObjects, body)).ShouldBeTaxiiError(400);
        Assert.That((string?)response.Body["title"], Is.EqualTo("Not a TAXII envelope"));
    }

    [TestCase("\"not an object\"", "string")]
    [TestCase("5", "number")]
    [TestCase("null", "null")]
    [TestCase("[]", "array")]
    [TestCase("true", "boolean")]
    public async Task An_entry_that_is_not_an_object_refuses_the_whole_request_naming_its_position(string entry, string kind)
    {
        var good = StixObjectBuilder.Indicator();
        var body = $$"""{"objects": [{{good.Build().ToJsonString()}}, {{entry}}]}""";

        var response = (await ReadWrite.PostTaxiiAsync(SharedObjects, body)).ShouldBeTaxiiError(400);

        Assert.That((string?)response.Body["description"], Does.Contain("/objects/1").And.Contain(kind));
        Assert.That(await ManifestAsync(TestHub.Root, TestHub.Shared, good.Id), Is.Empty, "nothing of the request is stored");
    }

    [TestCase("\\udfff\\ud800", "\\udfff")] // reversed pair
    [TestCase("a\\ud800", "\\ud800")] // a high surrogate at the end
    [TestCase("\\ud800\\u0041", "\\ud800")] // a high surrogate followed by a letter
    [TestCase("\\uDC00x", "\\uDC00")] // a lone low surrogate, upper-case hex
    public async Task A_lone_surrogate_escape_fails_only_its_object_naming_the_pointer(string text, string escape)
    {
        var good = StixObjectBuilder.Indicator();
        var bad = StixObjectBuilder.Indicator();
        var badJson = bad.Build().ToJsonString().Replace("\"pattern_type\"", $"\"labels\":[\"ok\",\"{text}\"],\"pattern_type\"", StringComparison.Ordinal);
        var body = $$"""{"objects": [{{good.Build().ToJsonString()}}, {{badJson}}]}""";

        var response = await ReadWrite.PostTaxiiAsync(SharedObjects, body);

        response.ShouldBe(202);
        var failure = response.Body["failures"]!.AsArray().Single()!;
        Assert.That((string?)failure["id"], Is.EqualTo(bad.Id));
        Assert.That((string?)failure["message"], Does.StartWith("json.lone-surrogate at /labels/1:").And.Contain(escape));
        Assert.That((await ManifestAsync(TestHub.Root, TestHub.Shared, good.Id, bad.Id)).Select(r => r.Id), Is.EqualTo(new[] { good.Id }));
    }

    [Test]
    public async Task A_lone_surrogate_in_a_property_name_or_the_id_fails_its_object()
    {
        var inName = StixObjectBuilder.Indicator().Build().ToJsonString().Replace("\"pattern_type\"", "\"x_\\udfff\":1,\"pattern_type\"", StringComparison.Ordinal);
        var inId = $$"""{"type":"indicator","spec_version":"2.1","id":"indicator--\ud800","created":"2026-01-01T00:00:00Z","modified":"2026-01-01T00:00:00Z","pattern":"[a:b = 'c']","pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"}""";

        var response = await ReadWrite.PostTaxiiAsync(SharedObjects, $$"""{"objects": [{{inName}}, {{inId}}]}""");

        response.ShouldBe(202);
        var messages = response.Body["failures"]!.AsArray().Select(f => (string?)f!["message"]).ToList();
        Assert.That(messages, Has.Count.EqualTo(2));
        Assert.That(messages[0], Does.StartWith("json.lone-surrogate at /x_\\udfff:"));
        Assert.That(messages[1], Does.StartWith("json.lone-surrogate at /id:"));
    }

    [Test]
    public async Task A_lone_surrogate_in_a_property_name_before_the_id_still_reports_the_id()
    {
        var bad = StixObjectBuilder.Indicator();
        var json = bad.Build().ToJsonString().Replace("{\"", "{\"\\udfffx\":1,\"", StringComparison.Ordinal);

        var response = await ReadWrite.PostTaxiiAsync(SharedObjects, $$"""{"objects": [{{json}}]}""");

        response.ShouldBe(202);
        var failure = response.Body["failures"]!.AsArray().Single()!;
        Assert.That((string?)failure["id"], Is.EqualTo(bad.Id));
        Assert.That((string?)failure["message"], Does.StartWith("json.lone-surrogate at /\\udfffx:"));
    }

    [Test]
    public async Task A_lone_surrogate_outside_every_object_is_a_400_error()
    {
        var good = StixObjectBuilder.Indicator();
        var body = $$"""{"\udfff": 1, "objects": [{{good.Build().ToJsonString()}}]}""";

        var response = (await ReadWrite.PostTaxiiAsync(SharedObjects, body)).ShouldBeTaxiiError(400);

        Assert.That((string?)response.Body["description"], Does.Contain("lone UTF-16 surrogate"));
        Assert.That(await ManifestAsync(TestHub.Root, TestHub.Shared, good.Id), Is.Empty);
    }

    [Test]
    public async Task A_surrogate_pair_is_stored_and_served_as_sent()
    {
        var emoji = StixObjectBuilder.Indicator();
        var json = emoji.Build().ToJsonString().Replace("\"pattern_type\"", "\"labels\":[\"\\ud83d\\ude00\"],\"pattern_type\"", StringComparison.Ordinal);

        var response = await ReadWrite.PostTaxiiAsync(SharedObjects, $$"""{"objects": [{{json}}]}""");

        response.ShouldBe(202);
        Assert.That((int)response.Body["success_count"]!, Is.EqualTo(1), response.Text);
    }

    [Test]
    public async Task Stix_bundle_instead_of_an_envelope_is_a_400_error_that_says_so()
    {
        var indicator = StixObjectBuilder.Indicator();
        var bundle = $$"""{"type": "bundle", "id": "bundle--{{Guid.NewGuid()}}", "objects": [{{indicator.Build().ToJsonString()}}]}""";

        var response = (await ReadWrite.PostTaxiiAsync(SharedObjects, bundle)).ShouldBeTaxiiError(400);

        Assert.That((string?)response.Body["description"], Does.Contain("bundle"));
        Assert.That(await ManifestAsync(TestHub.Root, TestHub.Shared, indicator.Id), Is.Empty);
    }

    [Test]
    public async Task Deeply_nested_body_is_a_400_error()
    {
        var depth = 500;
        var nested = new StringBuilder("""{"objects": [{"type": "indicator", "x_deep": """);
        nested.Append('[', depth).Append(']', depth).Append("}]}");

        (await ReadWrite.PostTaxiiAsync(SharedObjects, nested.ToString())).ShouldBeTaxiiError(400);
    }

    [Test]
    public async Task Body_that_is_not_utf8_is_a_400_error()
    {
        byte[] latin1 = [(byte)'{', (byte)'"', 0xE9, 0xFF, (byte)'"', (byte)':', (byte)'1', (byte)'}'];

        (await ReadWrite.PostTaxiiAsync(SharedObjects, latin1)).ShouldBeTaxiiError(400);
    }

    [Test]
    public async Task Object_with_invalid_utf8_in_a_string_is_a_400_error_and_nothing_is_stored()
    {
        // JSON text must be UTF-8 (RFC 8259): storing these bytes would serve invalid JSON to every reader.
        var indicator = StixObjectBuilder.Indicator().Named("MARKER");
        var json = Encoding.UTF8.GetBytes(EnvelopeBuilder.Of(indicator).ToJson());
        var marker = Encoding.UTF8.GetBytes("MARKER");
        var at = json.AsSpan().IndexOf(marker);
        json[at] = 0xC3; // a lead byte followed by 'A' instead of a continuation byte
        json[at + 1] = (byte)'A';

        (await ReadWrite.PostTaxiiAsync(SharedObjects, json)).ShouldBeTaxiiError(400);

        Assert.That(await ManifestAsync(TestHub.Root, TestHub.Shared, indicator.Id), Is.Empty);
    }
}
