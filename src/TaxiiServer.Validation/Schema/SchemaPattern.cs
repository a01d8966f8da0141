using System.Text.RegularExpressions;

namespace TaxiiServer.Validation.Schema;

/// <summary>
/// A "pattern" or "patternProperties" regex as keywords use it: an unanchored search. Most STIX patterns are a
/// literal with anchors (<c>^identity--</c>, <c>_bin$</c>, <c>^(?:relationship|sighting)--</c>), run on every
/// reference and every property name; those are answered with ordinal comparisons, which give the regex's answer
/// without running it. Anything else goes to the compiled regex (see <see cref="SchemaRegex"/>).
/// </summary>
internal sealed class SchemaPattern
{
    private readonly Regex? regex;
    private readonly string[] literals = [];
    private readonly bool atStart;
    private readonly bool atEnd;

    private SchemaPattern(string source, Regex regex)
    {
        Source = source;
        this.regex = regex;
    }

    private SchemaPattern(string source, string[] literals, bool atStart, bool atEnd)
    {
        Source = source;
        this.literals = literals;
        this.atStart = atStart;
        this.atEnd = atEnd;
    }

    /// <summary>The pattern as the schema wrote it (ECMA-262).</summary>
    public string Source { get; }

    public static SchemaPattern Create(string pattern) =>
        TryLiterals(pattern, out var literals, out var atStart, out var atEnd)
            ? new SchemaPattern(pattern, literals, atStart, atEnd)
            : new SchemaPattern(pattern, SchemaRegex.Get(pattern));

    public bool IsMatch(ReadOnlySpan<char> text)
    {
        if (regex is not null)
        {
            return regex.IsMatch(text);
        }

        foreach (var literal in literals)
        {
            var found = (atStart, atEnd) switch
            {
                (true, true) => text.SequenceEqual(literal),
                (true, false) => text.StartsWith(literal, StringComparison.Ordinal),
                (false, true) => text.EndsWith(literal, StringComparison.Ordinal),
                _ => text.Contains(literal, StringComparison.Ordinal),
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Recognises <c>[^][(?:a|b|...)]literal[$]</c> where every part is plain ASCII letters, digits, '_' or '-' (no
    /// character means anything special there): the regex matches exactly when the text starts with, ends with,
    /// equals or contains one of the alternatives followed by the literal.
    /// </summary>
    internal static bool TryLiterals(string pattern, out string[] literals, out bool atStart, out bool atEnd)
    {
        literals = [];
        var body = pattern.AsSpan();
        atStart = body.StartsWith('^');
        if (atStart)
        {
            body = body[1..];
        }

        atEnd = body.EndsWith('$');
        if (atEnd)
        {
            body = body[..^1];
        }

        string[] alternatives = [string.Empty];
        if (body.StartsWith("(?:", StringComparison.Ordinal))
        {
            var close = body.IndexOf(')');
            if (close < 0)
            {
                return false;
            }

            alternatives = body[3..close].ToString().Split('|');
            body = body[(close + 1)..];
        }

        if (!IsPlain(body) || Array.Exists(alternatives, a => !IsPlain(a)))
        {
            return false;
        }

        var tail = body.ToString();
        literals = Array.ConvertAll(alternatives, a => a + tail);
        return Array.TrueForAll(literals, l => l.Length > 0);
    }

    private static bool IsPlain(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
