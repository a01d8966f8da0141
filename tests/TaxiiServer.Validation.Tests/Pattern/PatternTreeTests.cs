using TaxiiServer.Validation.Pattern;

namespace TaxiiServer.Validation.Tests.Pattern;

/// <summary>The trees the parser builds: precedence, grouping, paths and decoded values.</summary>
public class PatternTreeTests
{
    [TestCase("[foo:a = 1] AND [foo:a = 2] OR [foo:a = 3] FOLLOWEDBY [foo:a = 4]",
        "((([foo:a = 1] AND [foo:a = 2]) OR [foo:a = 3]) FOLLOWEDBY [foo:a = 4])",
        Description = "AND binds tighter than OR, which binds tighter than FOLLOWEDBY")]
    [TestCase("[foo:a = 1] FOLLOWEDBY [foo:a = 2] OR [foo:a = 3] AND [foo:a = 4]",
        "([foo:a = 1] FOLLOWEDBY ([foo:a = 2] OR ([foo:a = 3] AND [foo:a = 4])))",
        Description = "the same precedence written the other way round")]
    [TestCase("[foo:a = 1] AND [foo:a = 2] AND [foo:a = 3]",
        "([foo:a = 1] AND [foo:a = 2] AND [foo:a = 3])",
        Description = "a chain of one operator is one node")]
    [TestCase("([foo:a = 1] OR [foo:a = 2]) AND [foo:a = 3]",
        "(([foo:a = 1] OR [foo:a = 2]) AND [foo:a = 3])",
        Description = "parentheses override precedence")]
    [TestCase("[foo:a = 1] AND [foo:a = 2] WITHIN 5 SECONDS",
        "([foo:a = 1] AND ([foo:a = 2] WITHIN 5 SECONDS))",
        Description = "a qualifier applies to the observation just before it")]
    [TestCase("([foo:a = 1] AND [foo:a = 2]) WITHIN 5 SECONDS",
        "(([foo:a = 1] AND [foo:a = 2]) WITHIN 5 SECONDS)",
        Description = "or to a whole group")]
    [TestCase("[foo:a = 1] REPEATS 2 TIMES WITHIN 1.5 SECONDS",
        "(([foo:a = 1] REPEATS 2 TIMES) WITHIN 1.5 SECONDS)",
        Description = "qualifier chains nest with the first innermost")]
    [TestCase("[foo:a = 1 OR foo:b = 2 AND foo:c = 3]",
        "[(foo:a = 1 OR (foo:b = 2 AND foo:c = 3))]",
        Description = "AND binds tighter than OR inside brackets too")]
    [TestCase("[(foo:a = 1 OR foo:b = 2) AND foo:c = 3]",
        "[((foo:a = 1 OR foo:b = 2) AND foo:c = 3)]",
        Description = "comparison parentheses override precedence")]
    [TestCase("[foo:a == 1 AND foo:b <> 2 AND foo:c NOT >= 3 AND NOT EXISTS foo:d]",
        "[(foo:a = 1 AND foo:b != 2 AND foo:c NOT >= 3 AND NOT EXISTS foo:d)]",
        Description = "alternative operator spellings map to the same operators")]
    public void Pattern_parses_into_the_expected_tree(string pattern, string expected)
    {
        var result = StixPatternParser.Parse(pattern);

        Assert.That(result.IsValid, Is.True, () => result.Error!.ToString());
        Assert.That(PatternRenderer.Render(result.Expression!), Is.EqualTo(expected));
    }

    [Test]
    public void Object_path_steps_are_keys_and_indexes_with_quotes_removed()
    {
        var test = SingleComparison("[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.5]");

        Assert.That(test.Path.ObjectType, Is.EqualTo("file"));
        Assert.That(test.Path.Steps, Is.EqualTo(new PathStep[]
        {
            new KeyStep("extensions"), new KeyStep("windows-pebinary-ext"), new KeyStep("sections"),
            new IndexStep(null), new KeyStep("entropy"),
        }));
        Assert.That(test.Value, Is.EqualTo(new PatternLiteral(PatternLiteralKind.FloatLiteral, "7.5")));
    }

    [Test]
    public void List_indexes_keep_their_sign()
    {
        var test = SingleComparison("[x-list:items[-1].values[+3] = 1]");

        Assert.That(test.Path.Steps, Is.EqualTo(new PathStep[]
        {
            new KeyStep("items"), new IndexStep(-1), new KeyStep("values"), new IndexStep(3),
        }));
    }

    [TestCase(@"'O\'Brien'", "O'Brien")]
    [TestCase(@"'C:\\Windows\\'", @"C:\Windows\")]
    [TestCase(@"'\\\''", @"\'")]
    [TestCase("''", "")]
    [TestCase("'multi\nline'", "multi\nline")]
    public void String_literals_are_decoded(string literal, string value)
    {
        var test = SingleComparison($"[file:name = {literal}]");

        Assert.That(test.Value, Is.EqualTo(new PatternLiteral(PatternLiteralKind.StringLiteral, value)));
    }

    [TestCase("t'2016-01-01T00:00:00.5Z'", PatternLiteralKind.TimestampLiteral, "2016-01-01T00:00:00.5Z")]
    [TestCase("b'AQID'", PatternLiteralKind.BinaryLiteral, "AQID")]
    [TestCase("h'0A0b'", PatternLiteralKind.HexLiteral, "0A0b")]
    [TestCase("-12", PatternLiteralKind.IntegerLiteral, "-12")]
    [TestCase("+.5", PatternLiteralKind.FloatLiteral, "+.5")]
    [TestCase("false", PatternLiteralKind.BooleanLiteral, "false")]
    public void Typed_literals_keep_their_kind_and_text(string literal, PatternLiteralKind kind, string text)
    {
        var test = SingleComparison($"[x-thing:value = {literal}]");

        Assert.That(test.Value, Is.EqualTo(new PatternLiteral(kind, text)));
    }

    [Test]
    public void Set_literals_hold_their_members_in_order()
    {
        var test = SingleComparison("[file:size NOT IN (1, 'two', true)]");

        Assert.That(test.Operator, Is.EqualTo(ComparisonOperator.In));
        Assert.That(test.Negated, Is.True);
        Assert.That(((PatternSet)test.Value!).Items, Is.EqualTo(new[]
        {
            new PatternLiteral(PatternLiteralKind.IntegerLiteral, "1"),
            new PatternLiteral(PatternLiteralKind.StringLiteral, "two"),
            new PatternLiteral(PatternLiteralKind.BooleanLiteral, "true"),
        }));
    }

    [Test]
    public void Exists_has_no_value()
    {
        var test = SingleComparison("[EXISTS windows-registry-key:values[0]]");

        Assert.That(test, Is.EqualTo(new PropertyComparison(
            new ObjectPath("windows-registry-key", test.Path.Steps), ComparisonOperator.Exists, false, null)));
    }

    [Test]
    public void Qualifiers_carry_their_values()
    {
        var result = StixPatternParser.Parse(
            "([foo:a = 1] WITHIN 600 SECONDS) REPEATS 3 TIMES START t'2016-01-01T00:00:00Z' STOP t'2016-01-01T00:00:00.001Z'");

        var startStop = (QualifiedObservation)result.Expression!;
        var repeats = (QualifiedObservation)startStop.Observation;
        var within = (QualifiedObservation)repeats.Observation;
        Assert.That(startStop.Qualifier, Is.EqualTo(new StartStopQualifier("2016-01-01T00:00:00Z", "2016-01-01T00:00:00.001Z")));
        Assert.That(repeats.Qualifier, Is.EqualTo(new RepeatsQualifier(3)));
        Assert.That(within.Qualifier, Is.EqualTo(new WithinQualifier(600m)));
        Assert.That(within.Observation, Is.TypeOf<ObservationComparison>());
    }

    [TestCase("2016-01-01T00:00:00Z", "2016-01-01T00:00:01Z", -1)]
    [TestCase("2016-01-01T00:00:00.5Z", "2016-01-01T00:00:00.500Z", 0)]
    [TestCase("2016-01-01T00:00:00.5Z", "2016-01-01T00:00:00.45Z", 1)]
    [TestCase("2016-01-01T00:00:00Z", "2016-01-01T00:00:00.000001Z", -1)]
    [TestCase("2016-12-31T23:59:60Z", "2016-12-31T23:59:59.999Z", 1)]
    [TestCase("1999-12-31T23:59:59Z", "2000-01-01T00:00:00Z", -1)]
    public void Timestamps_order_by_instant_whatever_their_precision(string left, string right, int expected)
    {
        Assert.That(PatternTimestamp.Compare(left, right), Is.EqualTo(expected));
        Assert.That(PatternTimestamp.Compare(right, left), Is.EqualTo(-expected));
    }

    private static PropertyComparison SingleComparison(string pattern)
    {
        var result = StixPatternParser.Parse(pattern);
        Assert.That(result.IsValid, Is.True, () => result.Error!.ToString());
        return (PropertyComparison)((ObservationComparison)result.Expression!).Comparison;
    }
}
