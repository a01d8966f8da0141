using TaxiiServer.Validation.Schema;

namespace TaxiiServer.Validation.Tests.Schema;

public sealed class KeywordBehaviourTests
{
    private const string FormatSchema = """
        { "properties": { "url": { "format": "uri" }, "mail": { "format": "email" }, "when": { "format": "date-time" } } }
        """;

    [TestCase("""{ "url": "not a uri" }""")]
    [TestCase("""{ "mail": "no-at-sign" }""")]
    [TestCase("""{ "when": "2023-02-30T00:00:00Z" }""")] // February 30th does not exist
    public void Format_is_an_annotation_by_default_and_asserts_when_switched_on(string instance)
    {
        var annotating = SchemaTestHelpers.Compile(FormatSchema);
        var asserting = SchemaTestHelpers.Compile(FormatSchema, new EvaluationOptions { AssertFormat = true });

        Assert.Multiple(() =>
        {
            Assert.That(annotating.Evaluate(instance).IsValid, Is.True);
            var result = asserting.Evaluate(instance);
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Errors.Single().Keyword, Is.EqualTo("format"));
        });
    }

    [Test]
    public void Asserted_formats_accept_good_values()
    {
        var schema = SchemaTestHelpers.Compile(FormatSchema, new EvaluationOptions { AssertFormat = true });

        var result = schema.Evaluate("""
            { "url": "https://example.com/a?b#c", "mail": "joe@example.com", "when": "2016-12-31T23:59:60Z" }
            """);

        Assert.That(result.IsValid, Is.True, () => string.Join("; ", result.Errors));
    }

    [Test]
    public void Unevaluated_properties_see_properties_evaluated_by_applicators()
    {
        var schema = SchemaTestHelpers.Compile("""
            {
              "allOf": [{ "properties": { "a": true } }],
              "if": { "required": ["b"] }, "then": { "properties": { "b": true } },
              "unevaluatedProperties": false
            }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(schema.Evaluate("""{ "a": 1, "b": 2 }""").IsValid, Is.True);
            var result = schema.Evaluate("""{ "a": 1, "c": 3 }""");
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Errors.Single().InstancePointer, Is.EqualTo("/c"));
            Assert.That(result.Errors.Single().Keyword, Is.EqualTo("unevaluatedProperties"));
        });
    }

    [Test]
    public void Unevaluated_properties_ignore_annotations_of_failed_branches()
    {
        var schema = SchemaTestHelpers.Compile("""
            { "anyOf": [{ "properties": { "a": { "type": "string" } } }, true], "unevaluatedProperties": false }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(schema.Evaluate("""{ "a": "x" }""").IsValid, Is.True);
            Assert.That(schema.Evaluate("""{ "a": 1 }""").IsValid, Is.False);
        });
    }

    [Test]
    public void Unknown_keywords_are_ignored()
    {
        var schema = SchemaTestHelpers.Compile("""{ "x-custom": { "type": "string" }, "definitions": { "y": false }, "type": "integer" }""");

        Assert.That(schema.Evaluate("3").IsValid, Is.True);
    }

    [Test]
    public void Patterns_are_unanchored_searches_with_ascii_digit_classes()
    {
        var schema = SchemaTestHelpers.Compile("""{ "pattern": "\\d{2}" }""");

        Assert.Multiple(() =>
        {
            Assert.That(schema.Evaluate("\"ab12cd\"").IsValid, Is.True);
            Assert.That(schema.Evaluate("\"\u0661\u0662\"").IsValid, Is.False, "Arabic-Indic digits are not ECMA-262 \\d");
        });
    }

    [Test]
    public void Dollar_matches_only_at_the_very_end_as_in_ecma_262()
    {
        var schema = SchemaTestHelpers.Compile("""{ "pattern": "^a$" }""");

        Assert.That(schema.Evaluate("\"a\\n\"").IsValid, Is.False);
    }

    [Test]
    public void Nested_quantifier_patterns_stay_linear_on_hostile_input()
    {
        var schema = SchemaTestHelpers.Compile("""{ "pattern": "^([a-z][a-z0-9]*)+(-[a-z0-9]+)*\\-?$" }""");
        var hostile = "\"" + new string('a', 5000) + "!\"";

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var valid = schema.Evaluate(hostile).IsValid;

        Assert.Multiple(() =>
        {
            Assert.That(valid, Is.False);
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
        });
    }

    [TestCase("""{ "x_mitre_aaaa": "s", "x_mitre_aaab": 1, "ab": true }""", true)]
    [TestCase("""{ "x_mitre_aaab": "s" }""", false)] // same length and first eight bytes as a sibling, other schema
    [TestCase("""{ "x_mitre_aaaa": 1 }""", false)]
    [TestCase("""{ "x_mitre_aaac": 1 }""", false)] // not a listed property, so additional
    [TestCase("""{ "\u0061b": 1 }""", false)] // an escaped name is the name it decodes to
    [TestCase("""{ "a\u0062": true }""", true)]
    public void Properties_are_found_by_their_exact_names(string instance, bool valid)
    {
        var schema = SchemaTestHelpers.Compile("""
            { "properties": { "x_mitre_aaaa": { "type": "string" }, "x_mitre_aaab": { "type": "number" }, "ab": { "type": "boolean" } },
              "additionalProperties": false }
            """);
        Assert.That(schema.Evaluate(instance).IsValid, Is.EqualTo(valid));
    }

    [Test]
    public void Required_reports_each_missing_name_in_order_and_reads_escaped_names()
    {
        var schema = SchemaTestHelpers.Compile("""{ "required": ["type", "id", "created_by_ref", "id", "x_mitre_aaab"] }""");
        var result = schema.Evaluate("""{ "\u0069d": 1, "x_mitre_aaaa": 2, "created_by_ref": 3 }""");
        Assert.That(result.Errors.Select(e => e.InstancePointer), Is.EqualTo(new[] { "/type", "/x_mitre_aaab" }));
    }

    [Test]
    public void PropertyNames_verdicts_stay_the_same_once_remembered()
    {
        var schema = SchemaTestHelpers.Compile("""{ "propertyNames": { "pattern": "^[a-z]+$" } }""");
        var verdicts = new List<bool>();
        for (var round = 0; round < 3; round++)
        {
            // Judged, then recalled while the lookup table is stale, then read from the rebuilt table.
            verdicts.Add(schema.Evaluate("""{ "abc": 1, "def": 2 }""").IsValid);
            verdicts.Add(schema.Evaluate("""{ "abc": 1, "Abc": 2 }""").IsValid);
            verdicts.Add(schema.Evaluate("""{ "\u0041bc": 1 }""").IsValid); // escaped: decodes to Abc
            verdicts.Add(schema.Evaluate("""{ "a\u0062c": 1 }""").IsValid); // escaped: decodes to abc
        }

        Assert.That(verdicts, Is.EqualTo(Enumerable.Repeat(new[] { true, false, false, true }, 3).SelectMany(v => v)));
    }
}
