namespace TaxiiServer.Validation.Tests.Schema;

public sealed class ErrorReportingTests
{
    [Test]
    public void Missing_required_property_points_at_the_property()
    {
        var schema = SchemaTestHelpers.Compile("""{ "properties": { "a": { "required": ["pattern"] } } }""");

        var result = schema.Evaluate("""{ "a": {} }""");

        Assert.That(result.Errors, Has.Count.EqualTo(1));
        var error = result.Errors[0];
        Assert.Multiple(() =>
        {
            Assert.That(error.Keyword, Is.EqualTo("required"));
            Assert.That(error.InstancePointer, Is.EqualTo("/a/pattern"));
            Assert.That(error.SchemaPointer, Is.EqualTo("https://tests.example/root.json#/properties/a/required"));
            Assert.That(error.Message, Does.Contain("required property 'pattern' is missing"));
        });
    }

    [Test]
    public void All_errors_are_reported_with_escaped_instance_pointers()
    {
        var schema = SchemaTestHelpers.Compile("""
            { "type": "object", "properties": { "a/b": { "type": "string" }, "list": { "items": { "maximum": 3 } } } }
            """);

        var result = schema.Evaluate("""{ "a/b": 1, "list": [1, 5, 9] }""");

        Assert.That(result.Errors.Select(e => (e.Keyword, e.InstancePointer)), Is.EquivalentTo(new[]
        {
            ("type", "/a~1b"),
            ("maximum", "/list/1"),
            ("maximum", "/list/2"),
        }));
        Assert.That(result.Errors[0].Message, Is.EqualTo("expected string but found number"));
    }

    [Test]
    public void Any_of_failure_is_one_summarised_error_not_every_branch_error()
    {
        var schema = SchemaTestHelpers.Compile("""{ "anyOf": [{ "type": "string" }, { "type": "integer", "minimum": 10 }] }""");

        var result = schema.Evaluate("3");

        Assert.That(result.Errors, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(result.Errors[0].Keyword, Is.EqualTo("anyOf"));
            Assert.That(result.Errors[0].Message, Does.Contain("none of the 2 alternatives"));
            Assert.That(result.Errors[0].Message, Does.Contain("[0] / expected string"));
            Assert.That(result.Errors[0].Message, Does.Contain("[1] / number must be at least 10"));
        });
    }

    [Test]
    public void One_of_matching_twice_names_the_matching_branches()
    {
        var schema = SchemaTestHelpers.Compile("""{ "oneOf": [{ "type": "integer" }, { "minimum": 0 }] }""");

        var result = schema.Evaluate("3");

        Assert.That(result.Errors.Single().Message, Does.Contain("more than one alternative (0 and 1)"));
    }

    [Test]
    public void False_additional_property_is_named_in_the_message()
    {
        var schema = SchemaTestHelpers.Compile("""{ "properties": { "a": true }, "additionalProperties": false }""");

        var error = schema.Evaluate("""{ "a": 1, "b": 2 }""").Errors.Single();

        Assert.Multiple(() =>
        {
            Assert.That(error.InstancePointer, Is.EqualTo("/b"));
            Assert.That(error.Message, Is.EqualTo("additional property 'b' is not allowed"));
        });
    }

    [Test]
    public void Valid_instances_share_one_result_without_errors()
    {
        var schema = SchemaTestHelpers.Compile("""{ "type": "object" }""");

        var first = schema.Evaluate("{}");
        var second = schema.Evaluate("""{ "x": 1 }""");

        Assert.Multiple(() =>
        {
            Assert.That(first.IsValid, Is.True);
            Assert.That(first.Errors, Is.Empty);
            Assert.That(second, Is.SameAs(first));
        });
    }

    [Test]
    public void Length_counts_code_points_not_utf16_units()
    {
        var schema = SchemaTestHelpers.Compile("""{ "maxLength": 2 }""");

        Assert.Multiple(() =>
        {
            Assert.That(schema.Evaluate("\"\uD83D\uDCA9\uD83D\uDCA9\"").IsValid, Is.True, "two astral characters are length 2");
            Assert.That(schema.Evaluate("\"\\u00e9t\\u00e9\"").IsValid, Is.False, "escaped characters count once each");
        });
    }

    [Test]
    public void Numbers_compare_by_value()
    {
        var schema = SchemaTestHelpers.Compile("""{ "enum": [1, { "a": [2.0] }], "multipleOf": 0.01 }""");

        Assert.Multiple(() =>
        {
            Assert.That(schema.Evaluate("1.0").IsValid, Is.True);
            Assert.That(schema.Evaluate("""{ "a": [2] }""").IsValid, Is.True);
            Assert.That(schema.Evaluate("1.001").IsValid, Is.False);
        });
    }
}
