using System.Text.RegularExpressions;
using TaxiiServer.Validation.Schema;

namespace TaxiiServer.Validation.Tests.Schema;

/// <summary>Patterns answered by literal comparisons must answer exactly as the regex would.</summary>
public sealed class SchemaPatternTests
{
    private static readonly string[] Texts =
    [
        "", "identity--", "identity--d81f86b9-975b-4c0b-875e-810c5ad45a4f", "xidentity--1", "Identity--1", "identity-",
        "sighting--1", "relationship--1", "bundle--", "x_acme_bin", "x_acme_bin\n", "x_acme_binx", "_bin", "bin",
        "a_hex", "relationship", "abc", "xabcx", "ab", "ABC", "café_bin", "\n", "identity--\n",
    ];

    [TestCase("^identity--", true)]
    [TestCase("_bin$", true)]
    [TestCase("^(?:relationship|sighting|marking-definition|language-content|extension-definition|bundle)--", true)]
    [TestCase("(?:_bin|_hex)$", true)]
    [TestCase("^relationship$", true)]
    [TestCase("abc", true)]
    [TestCase("^(?:ab|abc)$", true)]
    [TestCase("^a.c", false)] // '.' means any character
    [TestCase("^a*$", false)]
    [TestCase("^(?:a|b)+--", false)] // a quantified group
    [TestCase("^(?:a|(b))--", false)] // a nested group
    [TestCase("^ab\\$", false)] // an escaped dollar
    [TestCase("^$", false)]
    [TestCase("[ab]", false)]
    public void Literal_patterns_answer_as_the_regex_does(string pattern, bool literal)
    {
        Assert.That(SchemaPattern.TryLiterals(pattern, out _, out _, out _), Is.EqualTo(literal));
        var compiled = SchemaPattern.Create(pattern);
        var regex = new Regex(SchemaRegex.Translate(pattern), RegexOptions.CultureInvariant);
        Assert.Multiple(() =>
        {
            foreach (var text in Texts)
            {
                Assert.That(compiled.IsMatch(text), Is.EqualTo(regex.IsMatch(text)), $"'{pattern}' on '{text}'");
            }
        });
    }
}
