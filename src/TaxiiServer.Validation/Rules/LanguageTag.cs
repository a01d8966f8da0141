namespace TaxiiServer.Validation.Rules;

/// <summary>
/// RFC 5646 well-formedness (section 2.1's ABNF), checked subtag by subtag: the shape of a language tag, not whether
/// its subtags are registered. Case-insensitive, as the RFC says.
/// </summary>
internal static class LanguageTag
{
    private static readonly string[] Grandfathered =
    [
        "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo",
        "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE", "art-lojban", "cel-gaulish",
        "no-bok", "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang",
    ];

    private enum Stage { ExtLang, Script, Region, Variant, Extension }

    public static bool IsWellFormed(ReadOnlySpan<char> tag)
    {
        if (tag.IsEmpty)
        {
            return false;
        }

        foreach (var candidate in Grandfathered)
        {
            if (tag.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        var rest = tag;
        var first = Next(ref rest, out var more);
        if (IsSingleton(first, 'x'))
        {
            return more && PrivateUse(rest);
        }

        if (first.Length is < 2 or > 8 || !IsAlpha(first))
        {
            return false;
        }

        var stage = first.Length <= 3 ? Stage.ExtLang : Stage.Script;
        var extLangs = 0;
        while (more)
        {
            var subtag = Next(ref rest, out more);
            if (subtag.Length == 1)
            {
                if (IsSingleton(subtag, 'x'))
                {
                    return more && PrivateUse(rest);
                }

                if (!char.IsAsciiLetterOrDigit(subtag[0]) || !more || !ExtensionBody(ref rest, ref more))
                {
                    return false;
                }

                stage = Stage.Extension;
                continue;
            }

            if (stage == Stage.Extension)
            {
                return false; // after an extension only another extension or private use may follow
            }

            if (stage == Stage.ExtLang && subtag.Length == 3 && IsAlpha(subtag) && extLangs < 3)
            {
                extLangs++;
                continue;
            }

            if (stage <= Stage.Script && subtag.Length == 4 && IsAlpha(subtag))
            {
                stage = Stage.Region;
                continue;
            }

            if (stage <= Stage.Region && ((subtag.Length == 2 && IsAlpha(subtag)) || (subtag.Length == 3 && IsDigits(subtag))))
            {
                stage = Stage.Variant;
                continue;
            }

            if (IsVariant(subtag))
            {
                stage = Stage.Variant;
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>One or more 2-8 character alphanumeric subtags after a singleton; stops before the next singleton.</summary>
    private static bool ExtensionBody(ref ReadOnlySpan<char> rest, ref bool more)
    {
        var count = 0;
        while (more)
        {
            var lookahead = rest;
            var subtag = Next(ref lookahead, out var after);
            if (subtag.Length == 1)
            {
                break;
            }

            if (subtag.Length is < 2 or > 8 || !IsAlphanumeric(subtag))
            {
                return false;
            }

            rest = lookahead;
            more = after;
            count++;
        }

        return count > 0;
    }

    private static bool PrivateUse(ReadOnlySpan<char> rest)
    {
        var more = true;
        while (more)
        {
            var subtag = Next(ref rest, out more);
            if (subtag.Length is < 1 or > 8 || !IsAlphanumeric(subtag))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> Next(ref ReadOnlySpan<char> rest, out bool more)
    {
        var dash = rest.IndexOf('-');
        if (dash < 0)
        {
            var last = rest;
            rest = [];
            more = false;
            return last;
        }

        var subtag = rest[..dash];
        rest = rest[(dash + 1)..];
        more = true;
        return subtag;
    }

    private static bool IsVariant(ReadOnlySpan<char> s) =>
        ((s.Length is >= 5 and <= 8) || (s.Length == 4 && char.IsAsciiDigit(s[0]))) && IsAlphanumeric(s);

    private static bool IsSingleton(ReadOnlySpan<char> s, char letter) => s.Length == 1 && char.ToLowerInvariant(s[0]) == letter;

    private static bool IsAlpha(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAlphanumeric(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
