using System.Text;
using TaxiiServer.Validation.Json;

namespace TaxiiServer.Validation.Tests.Json;

public class LoneSurrogateScannerTests
{
    private static List<LoneSurrogate> Scan(string json) => LoneSurrogateScanner.Scan(Encoding.UTF8.GetBytes(json), 64);

    [TestCase(@"""\udfff""", @"\udfff")] // a low surrogate alone
    [TestCase(@"""\ud800""", @"\ud800")] // a high surrogate at the end
    [TestCase(@"""\udfff\ud800""", @"\udfff")] // a pair in the wrong order
    [TestCase(@"""\ud800\u0041""", @"\ud800")] // a high surrogate followed by another escape
    [TestCase(@"""\ud800x""", @"\ud800")] // a high surrogate followed by a plain character
    [TestCase(@"""\ud83d\ude00\uDC01""", @"\uDC01")] // a valid pair, then a lone one
    [TestCase(@"""a\nb\ud800""", @"\ud800")] // after other escapes
    public void A_lone_surrogate_escape_is_found(string value, string escape)
    {
        var found = Scan($$"""{"objects":[{"name":{{value}}}]}""");

        Assert.That(found, Is.EqualTo(new[] { new LoneSurrogate(0, "/name", escape) }));
    }

    [TestCase(@"""\ud83d\ude00""")] // a surrogate pair (an emoji)
    [TestCase(@"""\\ud800""")] // an escaped backslash followed by the letters ud800
    [TestCase(@"""\u00e9\u20ac""")] // ordinary escapes
    [TestCase(@"""plain""")]
    public void Unicode_text_is_not_reported(string value)
    {
        Assert.That(Scan($$"""{"objects":[{"name":{{value}}}]}"""), Is.Empty);
    }

    [Test]
    public void The_pointer_is_relative_to_its_object_and_names_array_positions_and_property_names()
    {
        var found = Scan("""
            {"objects":[
              {"type":"a","list":["x",{"k/~":"\udfff"}]},
              {"type":"b"},
              {"x_\ud800":1, "later":"\udfff"}
            ]}
            """);

        Assert.That(found, Is.EqualTo(new[]
        {
            new LoneSurrogate(0, "/list/1/k~1~0", @"\udfff"),
            new LoneSurrogate(2, @"/x_\ud800", @"\ud800"), // only the first fault of an object
        }));
    }

    [Test]
    public void A_fault_outside_the_objects_has_no_object_index()
    {
        Assert.That(Scan("""{"more":"\udfff","objects":[{"a":"b"}]}"""), Is.EqualTo(new[] { new LoneSurrogate(-1, "/more", @"\udfff") }));
    }

    [Test]
    public void The_quick_look_only_walks_bodies_that_may_hold_one()
    {
        Assert.That(LoneSurrogateScanner.MayHold("""{"a":"\u00e9"}"""u8), Is.False);
        Assert.That(LoneSurrogateScanner.MayHold("""{"a":"\uD83D\uDE00"}"""u8), Is.True);
    }
}
