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
