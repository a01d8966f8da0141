using System.Text.Json;
using TaxiiServer.Application.Ingest;

namespace TaxiiServer.Application.Tests.Ingest;

public class ContentHasherTests
{
    private static string Hash(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return ContentHasher.Hash(doc.RootElement);
    }

    [Test]
    public void Property_order_and_whitespace_do_not_change_the_hash() =>
        Assert.That(Hash("""{"b": [1, {"y":2,"x":1}], "a": "é"}"""), Is.EqualTo(Hash("""{"a":"\u00e9","b":[1,{"x":1,"y":2}]}""")));

    [TestCase("""{"a":1}""", """{"a":2}""")] // a changed value
    [TestCase("""{"a":[1,2]}""", """{"a":[2,1]}""")] // list order is content
    [TestCase("""{"a":1}""", """{"a":1,"b":null}""")] // an added property
    [TestCase("""{"a":"1"}""", """{"a":1}""")] // string vs number
    public void Different_content_has_a_different_hash(string left, string right) =>
        Assert.That(Hash(left), Is.Not.EqualTo(Hash(right)));
}

/// <summary>
/// Stored objects carry hashes of the canonical form, so its bytes may never change: the hasher is checked against
/// the canonical writer as it was first released (decoding every name and string).
/// </summary>
public class ContentHasherCompatibilityTests
{
    [TestCase("""{"type":"indicator","name":"plain ascii","pattern":"[ipv4-addr:value = '1.2.3.4']"}""")]
    [TestCase("""{"z":1,"a":{"y":[1,"two",{"b":true,"a":null}],"x":-1.50e3}}""")]
    [TestCase("""{"name":"caf\u00e9 é 日本 😀","description":"<script>&amp; 'quoted' + `tick`"}""")]
    [TestCase("""{"escaped":"line\nbreak \"quote\" back\\slash \/ \u0041 \t tab"}""")]
    [TestCase("""{"é":1,"e":2,"\u0065a":3,"日":4,"😀":5,"\uE000":6,"x_\u00e9":7}""")] // names needing decoding and UTF-16 order
    [TestCase("""{"b":"\ud83d\ude00","a":"\u2028\u2029","c":"ctrl \u0001 \u001f"}""")]
    [TestCase("""[{"b":1,"a":2},"s",3,true,null]""")]
    public void The_canonical_bytes_are_those_of_the_first_release(string json)
    {
        using var doc = JsonDocument.Parse(json);

        Assert.That(ContentHasher.Hash(doc.RootElement), Is.EqualTo(ReferenceHash(doc.RootElement)));
    }

    private static string ReferenceHash(JsonElement element)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            WriteReference(writer, element);
        }

        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(buffer.WrittenSpan));
    }

    private static void WriteReference(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteReference(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteReference(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(element.GetString());
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
