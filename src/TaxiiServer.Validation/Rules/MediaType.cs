using System.Buffers;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// The shape of a media type (RFC 6838 §4.2, RFC 2045 §5.1): <c>type/subtype</c>, each a restricted name, the type one
/// of the top-level types IANA registers, optionally followed by <c>; name=value</c> parameters. Case-insensitive.
/// Whether the subtype is registered is not checked: the specification asks for registered types only "whenever
/// feasible" (SHOULD) and lets producers name unregistered ones.
/// </summary>
internal static class MediaType
{
    /// <summary>The top-level media types in the IANA registry (RFC 6838 §4.2 and later registrations).</summary>
    public static readonly string[] TopLevelTypes =
        ["application", "audio", "example", "font", "haptics", "image", "message", "model", "multipart", "text", "video"];

    private static readonly SearchValues<char> RestrictedNameChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&-^_.+");

    // RFC 2045 token: printable ASCII except blanks and tspecials.
    private static readonly SearchValues<char> TokenChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-.^_`{|}~");

    /// <summary>Whether <paramref name="text"/> is a media type; with <paramref name="allowParameters"/>, a Content-Type value.</summary>
    public static bool IsValid(ReadOnlySpan<char> text, bool allowParameters)
    {
        var semicolon = text.IndexOf(';');
        var essence = semicolon < 0 ? text : text[..semicolon];
        if (semicolon >= 0 && !allowParameters)
        {
            return false;
        }

        if (allowParameters)
        {
            essence = essence.Trim(" \t");
        }

        var slash = essence.IndexOf('/');
        if (slash < 0 || !IsTopLevelType(essence[..slash]) || !IsRestrictedName(essence[(slash + 1)..]))
        {
            return false;
        }

        return semicolon < 0 || AreParameters(text[(semicolon + 1)..]);
    }

    private static bool IsTopLevelType(ReadOnlySpan<char> type)
    {
        foreach (var candidate in TopLevelTypes)
        {
            if (type.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRestrictedName(ReadOnlySpan<char> name) =>
        name.Length is >= 1 and <= 127 && char.IsAsciiLetterOrDigit(name[0]) && !name.ContainsAnyExcept(RestrictedNameChars);

    // name=value pairs separated by ';', values a token or a quoted string; a trailing ';' is tolerated, as mail
    // software writes one.
    private static bool AreParameters(ReadOnlySpan<char> rest)
    {
        while (true)
        {
            rest = rest.TrimStart(" \t");
            if (rest.IsEmpty)
            {
                return true;
            }

            var equals = rest.IndexOf('=');
            if (equals <= 0 || rest[..equals].TrimEnd(" \t").ContainsAnyExcept(TokenChars))
            {
                return false;
            }

            rest = rest[(equals + 1)..].TrimStart(" \t");
            if (!TakeValue(ref rest))
            {
                return false;
            }

            rest = rest.TrimStart(" \t");
            if (rest.IsEmpty)
            {
                return true;
            }

            if (rest[0] != ';')
            {
                return false;
            }

            rest = rest[1..];
        }
    }

    private static bool TakeValue(ref ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return false;
        }

        if (rest[0] != '"')
        {
            var end = rest.IndexOfAnyExcept(TokenChars);
            end = end < 0 ? rest.Length : end;
            if (end == 0)
            {
                return false;
            }

            rest = rest[end..];
            return true;
        }

        for (var i = 1; i < rest.Length; i++)
        {
            if (rest[i] == '\\')
            {
                i++;
            }
            else if (rest[i] == '"')
            {
                rest = rest[(i + 1)..];
                return true;
            }
        }

        return false;
    }
}
