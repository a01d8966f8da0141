using System.Text;
using TaxiiServer.Validation.Pattern;

namespace TaxiiServer.Validation.Tests.Pattern;

/// <summary>
/// Untrusted input: the parser must return a result, never throw or overflow the stack, and keep error positions
/// inside the input, whatever it is given.
/// </summary>
public class RobustnessTests
{
    // Pattern-shaped pieces, so random strings get deep into the parser instead of failing on the first character.
    private static readonly string[] Pieces =
    [
        "[", "]", "(", ")", "'", "\\", ":", ".", ",", "*", "=", "!=", "<", ">", "<=", ">=", "<>", "==", "-", "+", " ",
        "AND", "OR", "NOT", "FOLLOWEDBY", "LIKE", "MATCHES", "ISSUBSET", "ISSUPERSET", "EXISTS", "IN", "LAST",
        "WITHIN", "SECONDS", "REPEATS", "TIMES", "START", "STOP", "true", "false", "file", "ipv4-addr", "name",
        "hashes", "'SHA-256'", "'x'", "0", "1", "-1", "2.5", ".5", "007", "t'", "b'", "h'", "2016-01-01T00:00:00Z",
        "AA==", "ff", "/*", "*/", "//", "\n", "\u00a0", "é", "\0", "[*]", "[0]",
    ];

    [Test]
    public void Random_pattern_shaped_strings_never_throw()
    {
        var random = new Random(20161101);
        var builder = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            builder.Clear();
            var count = random.Next(0, 25);
            for (var j = 0; j < count; j++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            AssertHandled(builder.ToString());
        }
    }

    [Test]
    public void Random_characters_never_throw()
    {
        var random = new Random(42);
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = random.Next(4) == 0 ? (char)random.Next(0, 0x3100) : (char)random.Next(0x20, 0x7f);
            }

            AssertHandled(new string(chars));
        }
    }

    [TestCaseSource(typeof(ValidPatternTests), nameof(ValidPatternTests.Patterns))]
    public void Every_truncation_and_single_character_edit_of_a_valid_pattern_is_handled(string pattern)
    {
        for (var i = 0; i <= pattern.Length; i++)
        {
            AssertHandled(pattern[..i]);
            AssertHandled(pattern[i..]);
            if (i < pattern.Length)
            {
                AssertHandled(pattern.Remove(i, 1));
                AssertHandled(pattern.Insert(i, "'"));
                AssertHandled(pattern.Insert(i, "("));
            }
        }
    }

    [Test]
    public void Nesting_up_to_the_limit_parses()
    {
        var depth = StixPatternParser.MaxNestingDepth - 1;
        var pattern = new string('(', depth) + "[file:name = 'a']" + new string(')', depth);

        Assert.That(StixPatternParser.Parse(pattern).IsValid, Is.True);
    }

    [Test]
    public void Nesting_past_the_limit_is_a_clear_error_at_the_first_bracket_too_deep()
    {
        var depth = StixPatternParser.MaxNestingDepth;
        var pattern = new string('(', depth) + "[file:name = 'a']" + new string(')', depth);

        var result = StixPatternParser.Parse(pattern);

        Assert.That(result.Error?.Position, Is.EqualTo(depth));
        Assert.That(result.Error!.Message, Does.Contain($"deeper than {depth} levels"));
    }

    [Test]
    public void Deep_comparison_nesting_is_capped_too()
    {
        var pattern = "[" + new string('(', 100_000) + "file:name = 'a'" + new string(')', 100_000) + "]";

        var result = StixPatternParser.Parse(pattern);

        Assert.That(result.Error?.Position, Is.EqualTo(StixPatternParser.MaxNestingDepth));
    }

    [Test]
    public void Hundred_thousand_open_parentheses_do_not_overflow_the_stack()
    {
        Assert.That(StixPatternParser.Parse(new string('(', 100_000)).IsValid, Is.False);
    }

    [Test]
    public void Long_chains_parse_into_flat_nodes()
    {
        var pattern = string.Join(" AND ", Enumerable.Repeat("[file:size = 1 OR file:size = 2]", 10_000));

        var result = StixPatternParser.Parse(pattern);

        Assert.That(result.Expression, Is.TypeOf<ObservationJoin>());
        Assert.That(((ObservationJoin)result.Expression!).Operands, Has.Count.EqualTo(10_000));
    }

    [Test]
    public void Long_qualifier_chains_are_capped()
    {
        var pattern = "([file:size = 1])" + string.Concat(Enumerable.Repeat(" WITHIN 5 SECONDS", 1_000));

        var result = StixPatternParser.Parse(pattern);

        Assert.That(result.Error?.Message, Does.Contain("qualifiers on one observation expression"));
    }

    private static void AssertHandled(string input)
    {
        PatternParseResult result;
        try
        {
            result = StixPatternParser.Parse(input);
        }
        catch (Exception exception)
        {
            Assert.Fail($"{exception.GetType().Name} on {Escape(input)}: {exception.Message}");
            return;
        }

        if (!result.IsValid)
        {
            Assert.That(result.Error.Position, Is.InRange(0, input.Length), () => Escape(input));
            Assert.That(result.Error.Message, Is.Not.Empty);
        }
    }

    private static string Escape(string input) =>
        string.Concat(input.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:x4}" : c.ToString()));
}
