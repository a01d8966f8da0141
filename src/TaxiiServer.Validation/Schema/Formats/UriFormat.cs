namespace TaxiiServer.Validation.Schema.Formats;

/// <summary>RFC 3986 URI / URI-reference and RFC 3987 IRI forms, checked by a small hand-written parser.</summary>
internal static class UriFormat
{
    public static bool IsUri(ReadOnlySpan<char> value) => IsValid(value, requireScheme: true, international: false);

    public static bool IsUriReference(ReadOnlySpan<char> value) => IsValid(value, requireScheme: false, international: false);

    public static bool IsIri(ReadOnlySpan<char> value) => IsValid(value, requireScheme: true, international: true);

    public static bool IsIriReference(ReadOnlySpan<char> value) => IsValid(value, requireScheme: false, international: true);

    private static bool IsValid(ReadOnlySpan<char> value, bool requireScheme, bool international)
    {
        var text = value;
        var delimiter = text.IndexOfAny(":/?#");
        var hasScheme = delimiter > 0 && text[delimiter] == ':';
        if (hasScheme)
        {
            if (!IsScheme(text[..delimiter]))
            {
                return false;
            }

            text = text[(delimiter + 1)..];
        }
        else if (requireScheme || delimiter == 0 && text[0] == ':')
        {
            return false;
        }

        var hash = text.IndexOf('#');
        if (hash >= 0)
        {
            if (!AllChars(text[(hash + 1)..], ":@/?", international))
            {
                return false;
            }

            text = text[..hash];
        }

        var question = text.IndexOf('?');
        if (question >= 0)
        {
            if (!AllChars(text[(question + 1)..], ":@/?", international))
            {
                return false;
            }

            text = text[..question];
        }

        if (text.StartsWith("//"))
        {
            text = text[2..];
            var slash = text.IndexOf('/');
            var authority = slash < 0 ? text : text[..slash];
            return IsAuthority(authority, international) && AllChars(slash < 0 ? [] : text[slash..], ":@/", international);
        }

        // A relative path's first segment cannot hold ':' (it would read as a scheme).
        if (!hasScheme)
        {
            var firstSlash = text.IndexOf('/');
            if ((firstSlash < 0 ? text : text[..firstSlash]).Contains(':'))
            {
                return false;
            }
        }

        return AllChars(text, ":@/", international);
    }

    private static bool IsScheme(ReadOnlySpan<char> scheme)
    {
        if (!char.IsAsciiLetter(scheme[0]))
        {
            return false;
        }

        foreach (var c in scheme)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAuthority(ReadOnlySpan<char> authority, bool international)
    {
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            if (!AllChars(authority[..at], ":", international))
            {
                return false;
            }

            authority = authority[(at + 1)..];
        }

        ReadOnlySpan<char> port = [];
        if (authority.Length > 0 && authority[0] == '[')
        {
            var close = authority.IndexOf(']');
            if (close < 0)
            {
                return false;
            }

            var literal = authority[1..close];
            var after = authority[(close + 1)..];
            if (after.Length > 0)
            {
                if (after[0] != ':')
                {
                    return false;
                }

                port = after[1..];
            }

            if (!IpFormat.IsIPv6(literal.ToString()) && !IsIPvFuture(literal))
            {
                return false;
            }
        }
        else
        {
            var colon = authority.LastIndexOf(':');
            if (colon >= 0)
            {
                port = authority[(colon + 1)..];
                authority = authority[..colon];
            }

            if (!AllChars(authority, string.Empty, international))
            {
                return false;
            }
        }

        foreach (var c in port)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIPvFuture(ReadOnlySpan<char> literal)
    {
        var dot = literal.IndexOf('.');
        if (literal.Length < 4 || literal[0] is not ('v' or 'V') || dot < 2 || dot == literal.Length - 1)
        {
            return false;
        }

        foreach (var c in literal[1..dot])
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return AllChars(literal[(dot + 1)..], ":", false);
    }

    /// <summary>unreserved, sub-delims, well-formed %XX and the extra characters given; IRIs also allow non-ASCII.</summary>
    private static bool AllChars(ReadOnlySpan<char> text, string extra, bool international)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%')
            {
                if (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2]))
                {
                    return false;
                }

                i += 2;
                continue;
            }

            var ok = char.IsAsciiLetterOrDigit(c)
                || c is '-' or '.' or '_' or '~' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '='
                || extra.Contains(c, StringComparison.Ordinal)
                || (international && c > 0x9F && !char.IsWhiteSpace(c));
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
