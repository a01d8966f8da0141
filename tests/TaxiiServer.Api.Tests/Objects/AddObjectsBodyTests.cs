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
    public async Task Json_that_is_not_an_envelope_is_a_422_error(string body)
    {
        (await ReadWrite.PostTaxiiAsync(SharedObjects, body)).ShouldBeTaxiiError(422);
    }

    [Test]
    public async Task Stix_bundle_instead_of_an_envelope_is_a_422_error_that_says_so()
    {
        var indicator = StixObjectBuilder.Indicator();
        var bundle = $$"""{"type": "bundle", "id": "bundle--{{Guid.NewGuid()}}", "objects": [{{indicator.Build().ToJsonString()}}]}""";

        var response = (await ReadWrite.PostTaxiiAsync(SharedObjects, bundle)).ShouldBeTaxiiError(422);

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
