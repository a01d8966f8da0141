using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace TaxiiServer.Validation.Schema;

/// <summary>
/// Turns JSON Schema (ECMA-262) patterns into .NET regexes, compiled once and cached process-wide.
/// Most patterns become compiled backtracking regexes (the fastest engine for the short anchored STIX patterns).
/// Patterns with a quantified group that itself contains a quantifier, such as STIX's type pattern
/// <c>^([a-z][a-z0-9]*)+(...)</c>, would backtrack exponentially on hostile input, so they use the
/// non-backtracking engine; what that engine cannot run (lookarounds, backreferences) falls back to the
/// interpreter with a timeout.
/// </summary>
internal static class SchemaRegex
{
    // Only patterns the non-backtracking engine rejects get a timeout: checking the clock costs ~10% of evaluation.
    private static readonly TimeSpan FallbackTimeout = TimeSpan.FromSeconds(1);

    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    public static Regex Get(string pattern) => Cache.GetOrAdd(pattern, Create);

    /// <summary>
    /// For format "regex": the value is instance data, so it is only parsed (by constructing an interpreted regex),
    /// never compiled or cached, or hostile input could grow the cache without bound.
    /// </summary>
    public static bool IsValid(string pattern)
    {
        try
        {
            _ = new Regex(Translate(pattern), RegexOptions.CultureInvariant, FallbackTimeout);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static Regex Create(string pattern)
    {
        var translated = Translate(pattern);
        if (!HasNestedQuantifier(translated))
        {
            return CreateBacktracking(pattern, translated, RegexOptions.Compiled, Regex.InfiniteMatchTimeout);
        }

        try
        {
            return new Regex(translated, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (NotSupportedException)
        {
            return CreateBacktracking(pattern, translated, RegexOptions.None, FallbackTimeout);
        }
        catch (ArgumentException)
        {
            return CreateBacktracking(pattern, translated, RegexOptions.None, FallbackTimeout);
        }
    }

    private static Regex CreateBacktracking(string pattern, string translated, RegexOptions extra, TimeSpan timeout)
    {
        try
        {
            return new Regex(translated, RegexOptions.CultureInvariant | extra, timeout);
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
    /// True when a quantified group itself contains a quantifier, e.g. "(a+)+" or "([a-z][a-z0-9]*)+": the shape
    /// that makes backtracking exponential. Only those patterns pay for the slower non-backtracking engine.
    /// </summary>
    internal static bool HasNestedQuantifier(string pattern)
    {
        var quantifiedInside = new Stack<bool>();
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    break;
                case '(':
                    quantifiedInside.Push(false);
                    break;
                case '*' or '+' or '{' when quantifiedInside.Count > 0:
                    quantifiedInside.Push(quantifiedInside.Pop() | true);
                    break;
                case ')' when quantifiedInside.Count > 0:
                    var inner = quantifiedInside.Pop();
                    var next = i + 1 < pattern.Length ? pattern[i + 1] : '\0';
                    if (inner && next is '*' or '+' or '{')
                    {
                        return true;
                    }

                    if (inner && quantifiedInside.Count > 0)
                    {
                        quantifiedInside.Push(quantifiedInside.Pop() | true);
                    }

                    break;
            }
        }

        return false;
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
