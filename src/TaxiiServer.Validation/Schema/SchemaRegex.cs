using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace TaxiiServer.Validation.Schema;

/// <summary>
/// Turns JSON Schema (ECMA-262) patterns into .NET regexes, compiled once and cached process-wide.
/// The non-backtracking engine is preferred because schemas such as STIX's type pattern
/// <c>^([a-z][a-z0-9]*)+(...)</c> nest quantifiers and would backtrack exponentially on hostile input; patterns
/// it cannot run (lookarounds, backreferences) fall back to the backtracking engine with a timeout.
/// </summary>
internal static class SchemaRegex
{
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    public static Regex Get(string pattern) => Cache.GetOrAdd(pattern, Create);

    public static bool IsValid(string pattern)
    {
        try
        {
            Get(pattern);
            return true;
        }
        catch (SchemaLoadException)
        {
            return false;
        }
    }

    private static Regex Create(string pattern)
    {
        var translated = Translate(pattern);
        try
        {
            return new Regex(translated, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (NotSupportedException)
        {
            return CreateBacktracking(pattern, translated);
        }
        catch (ArgumentException)
        {
            return CreateBacktracking(pattern, translated);
        }
    }

    private static Regex CreateBacktracking(string pattern, string translated)
    {
        try
        {
            return new Regex(translated, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new SchemaLoadException($"Invalid regular expression '{pattern}': {e.Message}", e);
        }
    }

    // ECMA-262 spells general categories long ("Letter", "gc=Lu"); .NET only knows the short names.
    private static readonly Dictionary<string, string> CategoryNames = new(StringComparer.Ordinal)
    {
        ["Letter"] = "L",
        ["Cased_Letter"] = "L",
        ["Uppercase_Letter"] = "Lu",
        ["Lowercase_Letter"] = "Ll",
        ["Titlecase_Letter"] = "Lt",
        ["Modifier_Letter"] = "Lm",
        ["Other_Letter"] = "Lo",
        ["Mark"] = "M",
        ["Nonspacing_Mark"] = "Mn",
        ["Spacing_Mark"] = "Mc",
        ["Enclosing_Mark"] = "Me",
        ["Number"] = "N",
        ["Decimal_Number"] = "Nd",
        ["digit"] = "Nd",
        ["Letter_Number"] = "Nl",
        ["Other_Number"] = "No",
        ["Punctuation"] = "P",
        ["punct"] = "P",
        ["Symbol"] = "S",
        ["Math_Symbol"] = "Sm",
        ["Currency_Symbol"] = "Sc",
        ["Separator"] = "Z",
        ["Space_Separator"] = "Zs",
        ["Other"] = "C",
        ["Control"] = "Cc",
        ["Format"] = "Cf",
    };

    private static bool TryUnicodeProperty(string pattern, ref int i, char escape, out string property)
    {
        property = string.Empty;
        var close = pattern.IndexOf('}', i);
        if (i + 1 >= pattern.Length || pattern[i + 1] != '{' || close < 0)
        {
            return false;
        }

        var name = pattern[(i + 2)..close];
        if (name.StartsWith("gc=", StringComparison.Ordinal) || name.StartsWith("General_Category=", StringComparison.Ordinal))
        {
            name = name[(name.IndexOf('=', StringComparison.Ordinal) + 1)..];
        }

        property = $"\\{escape}{{{(CategoryNames.TryGetValue(name, out var shortName) ? shortName : name)}}}";
        i = close;
        return true;
    }

    /// <summary>
    /// ECMA-262 differences that matter: \d and \w are ASCII-only, and "$" (without the m flag) matches only at the
    /// very end, where .NET also accepts a position before a final newline.
    /// </summary>
    internal static string Translate(string pattern)
    {
        var builder = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[++i];
                builder.Append((next, inClass) switch
                {
                    ('d', false) => "[0-9]",
                    ('D', false) => "[^0-9]",
                    ('w', false) => "[a-zA-Z0-9_]",
                    ('W', false) => "[^a-zA-Z0-9_]",
                    ('d', true) => "0-9",
                    ('w', true) => "a-zA-Z0-9_",
                    ('p' or 'P', _) when TryUnicodeProperty(pattern, ref i, next, out var property) => property,
                    _ => "\\" + next,
                });
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                builder.Append(c);
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    builder.Append(c);
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        builder.Append('^');
                        i++;
                    }

                    // A leading "]" is literal in .NET but an empty class in ECMA-262; keep .NET's reading.
                    break;
                case '$':
                    builder.Append("\\z");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
