using System.Text;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Tests.Structural;

public class EnvelopeParserTests
{
    private static (ParsedEnvelope? Envelope, EnvelopeParseError? Error) Parse(string body, int depth = 64)
    {
        var envelope = EnvelopeParser.Parse(Encoding.UTF8.GetBytes(body), depth, out var error);
        return (envelope, error);
    }

    [Test]
    public void An_envelope_yields_its_objects()
    {
        var (envelope, error) = Parse("""{"objects":[{"type":"x"}, {"type":"y"}]}""");
        using (envelope)
        {
            Assert.That(error, Is.Null);
            Assert.That(envelope!.Objects, Has.Count.EqualTo(2));
            Assert.That(envelope.LoneSurrogates, Is.Empty);
        }
    }

    [TestCase("""{"objects":[{"type":"x"}, 5]}""", "/objects/1 is a JSON number")]
    [TestCase("""{"objects":["indicator"]}""", "/objects/0 is a JSON string")]
    [TestCase("""{"objects":[{}, {}, null]}""", "/objects/2 is a JSON null")]
    public void An_entry_that_is_not_an_object_refuses_the_envelope_naming_its_position(string body, string message)
    {
        var (envelope, error) = Parse(body);
        Assert.That(envelope, Is.Null);
        Assert.That(error!.Kind, Is.EqualTo(EnvelopeParseErrorKind.NotEnvelope));
        Assert.That(error.Message, Does.StartWith(message));
    }

    [Test]
    public void Objects_holding_a_lone_surrogate_are_marked_by_position()
    {
        var (envelope, error) = Parse("""{"objects":[{"type":"x"}, {"name":"\udfff"}]}""");
        using (envelope)
        {
            Assert.That(error, Is.Null);
            Assert.That(envelope!.LoneSurrogates.Keys, Is.EqualTo(new[] { 1 }));
            Assert.That(envelope.LoneSurrogates[1].Location, Is.EqualTo("/name"));
        }
    }

    [TestCase("""{"\udfff":1,"objects":[{"type":"x"}]}""")] // a property name of the envelope
    [TestCase("""{"objects":[{"type":"x"}],"more":"\ud800"}""")] // a value of the envelope
    public void A_lone_surrogate_outside_every_object_is_refused_as_not_unicode(string body)
    {
        var (envelope, error) = Parse(body);
        Assert.That(envelope, Is.Null);
        Assert.That(error!.Kind, Is.EqualTo(EnvelopeParseErrorKind.NotJson));
        Assert.That(error.Message, Does.Contain("lone UTF-16 surrogate"));
    }

    [TestCase("{not json", EnvelopeParseErrorKind.NotJson)]
    [TestCase("", EnvelopeParseErrorKind.NotJson)]
    [TestCase("[]", EnvelopeParseErrorKind.NotEnvelope)] // an array, not an envelope
    [TestCase("""{"more":false}""", EnvelopeParseErrorKind.NotEnvelope)] // no objects
    [TestCase("""{"objects":{}}""", EnvelopeParseErrorKind.NotEnvelope)] // objects not an array
    [TestCase("""{"objects":[]}""", EnvelopeParseErrorKind.NotEnvelope)] // nothing to add
    [TestCase("""{"type":"bundle","id":"bundle--d81f86b9-975b-4c0b-875e-810c5ad45a4f","objects":[{}]}""", EnvelopeParseErrorKind.NotEnvelope)] // a STIX bundle
    public void Bodies_that_are_not_envelopes_are_refused(string body, EnvelopeParseErrorKind kind)
    {
        var (envelope, error) = Parse(body);
        Assert.That(envelope, Is.Null);
        Assert.That(error!.Kind, Is.EqualTo(kind));
    }

    [Test]
    public void Nesting_deeper_than_the_limit_is_refused_as_not_json()
    {
        var deep = """{"objects":[""" + new string('[', 100) + new string(']', 100) + "]}";
        var (envelope, error) = Parse(deep, depth: 32);
        Assert.That(envelope, Is.Null);
        Assert.That(error!.Message, Does.Contain("deeper than 32"));
    }

    [Test]
    public void A_body_past_the_pooled_parse_limit_parses_the_same()
    {
        var padding = new string('a', EnvelopeParser.PooledParseLimit);
        var (envelope, error) = Parse($$"""{"objects":[{"type":"x","x_pad":"{{padding}}"},{"type":"y"}]}""");
        using (envelope)
        {
            Assert.That(error, Is.Null);
            Assert.That(envelope!.Objects, Has.Count.EqualTo(2));
            Assert.That(envelope.Objects[1].GetProperty("type").GetString(), Is.EqualTo("y"));
        }
    }

    [TestCase("}")]
    [TestCase(" {\"objects\":[]}")]
    [TestCase("x")]
    public void A_large_body_with_content_after_its_value_is_not_json(string trailing)
    {
        var padding = new string('a', EnvelopeParser.PooledParseLimit);
        var (envelope, error) = Parse($$"""{"objects":[{"type":"x","x_pad":"{{padding}}"}]}""" + trailing);
        Assert.That(envelope, Is.Null);
        Assert.That(error!.Kind, Is.EqualTo(EnvelopeParseErrorKind.NotJson));
    }
}
