namespace TaxiiServer.Validation.Rules;

/// <summary>RFC 2047 §2 encoded-words: <c>=?charset?B|Q?encoded-text?=</c>, as they appear in raw mail headers.</summary>
internal static class EncodedWord
{
    /// <summary>Whether <paramref name="text"/> holds at least one encoded-word.</summary>
    public static bool Occurs(ReadOnlySpan<char> text)
    {
        var start = text.IndexOf("=?", StringComparison.Ordinal);
        while (start >= 0)
        {
            var rest = text[(start + 2)..];
            if (IsEncodedWordBody(rest))
            {
                return true;
            }

            var next = rest.IndexOf("=?", StringComparison.Ordinal);
            start = next < 0 ? -1 : start + 2 + next;
        }

        return false;
    }

    // charset "?" encoding "?" encoded-text "?=", none of them holding blanks or '?' (RFC 2047 §2, §5).
    private static bool IsEncodedWordBody(ReadOnlySpan<char> rest)
    {
        var charsetEnd = rest.IndexOf('?');
        if (charsetEnd <= 0 || HasBlank(rest[..charsetEnd]) || rest.Length < charsetEnd + 3)
        {
            return false;
        }

        var encoding = rest[charsetEnd + 1];
        if (encoding is not ('B' or 'b' or 'Q' or 'q') || rest[charsetEnd + 2] != '?')
        {
            return false;
        }

        var text = rest[(charsetEnd + 3)..];
        var textEnd = text.IndexOf('?');
        return textEnd >= 0 && textEnd + 1 < text.Length && text[textEnd + 1] == '=' && !HasBlank(text[..textEnd]);
    }

    private static bool HasBlank(ReadOnlySpan<char> text) => text.IndexOfAny(" \t\r\n") >= 0;
}
