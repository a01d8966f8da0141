using System.Globalization;

namespace TaxiiServer.Validation.Schema.Formats;

/// <summary>
/// IDNA2008 label rules: RFC 5892 code point categories (approximated from Unicode general categories, since .NET
/// has no IDNA derived-property table), its exception list and CONTEXTJ/CONTEXTO rules, and the RFC 5893 Bidi rule.
/// </summary>
internal static class IdnaRules
{
    // RFC 5892 section 2.6 exceptions.
    private static readonly HashSet<int> ExceptionallyValid = [0x00DF, 0x03C2, 0x06FD, 0x06FE, 0x0F0B, 0x3007];
    private static readonly HashSet<int> ExceptionallyDisallowed = [0x0640, 0x07FA, 0x302E, 0x302F, 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x303B];

    // Characters with canonical combining class Virama (9) in the common Indic and South-East Asian scripts.
    private static readonly HashSet<int> Viramas =
    [
        0x094D, 0x09CD, 0x0A4D, 0x0ACD, 0x0B4D, 0x0BCD, 0x0C4D, 0x0CCD, 0x0D3B, 0x0D3C, 0x0D4D, 0x0DCA, 0x0E3A, 0x0EBA,
        0x0F84, 0x1039, 0x103A, 0x1714, 0x1734, 0x17D2, 0x1A60, 0x1B44, 0x1BAA, 0x1BAB, 0x1BF2, 0x1BF3, 0x2D7F, 0xA806,
        0xA8C4, 0xA953, 0xA9C0, 0xAAF6, 0xABED,
    ];

    public static bool IsValidULabel(string label)
    {
        var cps = CodePoints(label);
        if (cps.Length >= 4 && cps[2] == '-' && cps[3] == '-')
        {
            return false;
        }

        if (cps[0] == '-' || cps[^1] == '-' || IsMark(cps[0]))
        {
            return false;
        }

        for (var i = 0; i < cps.Length; i++)
        {
            var ok = cps[i] switch
            {
                0x200C => PrecededByVirama(cps, i) || JoinsArabic(cps, i),
                0x200D => PrecededByVirama(cps, i),
                0x00B7 => i > 0 && i < cps.Length - 1 && cps[i - 1] == 'l' && cps[i + 1] == 'l',
                0x0375 => i < cps.Length - 1 && IsGreek(cps[i + 1]),
                0x05F3 or 0x05F4 => i > 0 && IsHebrew(cps[i - 1]),
                0x30FB => cps.Any(c => c != 0x30FB && IsJapanese(c)),
                >= 0x0660 and <= 0x0669 => !cps.Any(c => c is >= 0x06F0 and <= 0x06F9),
                >= 0x06F0 and <= 0x06F9 => !cps.Any(c => c is >= 0x0660 and <= 0x0669),
                var c => IsProtocolValid(c),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    public static bool HasRightToLeft(string label) => CodePoints(label).Any(c => Bidi(c) is 'R' or 'A' or 'N');

    /// <summary>RFC 5893 section 2, for labels of a domain that contains right-to-left text.</summary>
    public static bool SatisfiesBidiRule(string label)
    {
        var classes = CodePoints(label).Select(Bidi).ToArray();
        var last = classes.Length - 1;
        while (last > 0 && classes[last] == 'M')
        {
            last--;
        }

        if (classes[0] is 'R' or 'A')
        {
            return classes.All(c => c is 'R' or 'A' or 'N' or 'E' or 'O' or 'M')
                && classes[last] is 'R' or 'A' or 'E' or 'N'
                && !(classes.Contains('E') && classes.Contains('N'));
        }

        return classes[0] == 'L'
            && classes.All(c => c is 'L' or 'E' or 'O' or 'M')
            && classes[last] is 'L' or 'E';
    }

    private static bool IsProtocolValid(int c)
    {
        if (ExceptionallyValid.Contains(c))
        {
            return true;
        }

        if (ExceptionallyDisallowed.Contains(c) || c is >= 0x3031 and <= 0x3035)
        {
            return false;
        }

        if (c == '-')
        {
            return true;
        }

        // Upper-case letters are not stable under case folding, so IDNA2008 disallows them; so are symbols,
        // punctuation, spaces and controls.
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber;
    }

    private static bool IsMark(int c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool PrecededByVirama(int[] cps, int i) => i > 0 && Viramas.Contains(cps[i - 1]);

    /// <summary>
    /// The ZWNJ joining-type context: a joining letter before and after (transparent marks skipped). Joining types
    /// are approximated as "letter of the Arabic/Syriac/N'Ko blocks".
    /// </summary>
    private static bool JoinsArabic(int[] cps, int i)
    {
        var before = i - 1;
        while (before >= 0 && IsMark(cps[before]))
        {
            before--;
        }

        var after = i + 1;
        while (after < cps.Length && IsMark(cps[after]))
        {
            after++;
        }

        return before >= 0 && after < cps.Length && IsJoiningLetter(cps[before]) && IsJoiningLetter(cps[after]);
    }

    private static bool IsJoiningLetter(int c) => c is (>= 0x0620 and <= 0x06FF) or (>= 0x0700 and <= 0x08FF)
        && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter;

    private static bool IsGreek(int c) => c is (>= 0x0370 and <= 0x03FF) or (>= 0x1F00 and <= 0x1FFF);

    private static bool IsHebrew(int c) => c is >= 0x0590 and <= 0x05FF;

    private static bool IsJapanese(int c) => c is (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF)
        or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF);

    /// <summary>
    /// Approximate bidi class: L, R (Hebrew and other RTL), A (Arabic letter AL), N (Arabic number AN),
    /// E (European number), M (non-spacing mark NSM), O (other neutral).
    /// </summary>
    private static char Bidi(int c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return 'M';
        }

        if (c is (>= '0' and <= '9') or (>= 0x06F0 and <= 0x06F9))
        {
            return 'E';
        }

        if (c is (>= 0x0660 and <= 0x0669) or 0x066B or 0x066C or (>= 0x0600 and <= 0x0605) or 0x06DD)
        {
            return 'N';
        }

        if (c is (>= 0x0590 and <= 0x05FF) or (>= 0x07C0 and <= 0x085F) or (>= 0xFB1D and <= 0xFB4F) or (>= 0x10800 and <= 0x10FFF))
        {
            return 'R';
        }

        if (c is (>= 0x0600 and <= 0x07BF) or (>= 0x0860 and <= 0x08FF) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF))
        {
            return 'A';
        }

        return category is UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.LetterNumber
            ? 'L'
            : 'O';
    }

    private static int[] CodePoints(string text)
    {
        var result = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var cp = char.ConvertToUtf32(text, i);
            if (cp > 0xFFFF)
            {
                i++;
            }

            result.Add(cp);
        }

        return [.. result];
    }
}
