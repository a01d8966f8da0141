namespace TaxiiServer.Validation.Rules;

/// <summary>Splits <c>&lt;type&gt;--&lt;UUID&gt;</c> identifiers held as character spans (no allocation).</summary>
internal static class IdText
{
    private const int UuidLength = 36;

    /// <summary>The type prefix and UUID of a well-formed identifier; false when it is not one.</summary>
    public static bool TrySplit(ReadOnlySpan<char> id, out ReadOnlySpan<char> type, out ReadOnlySpan<char> uuid)
    {
        type = default;
        uuid = default;
        var separator = id.IndexOf("--", StringComparison.Ordinal);
        if (separator <= 0 || id.Length - separator - 2 != UuidLength)
        {
            return false;
        }

        var candidate = id[(separator + 2)..];
        for (var i = 0; i < UuidLength; i++)
        {
            var c = candidate[i];
            var ok = i is 8 or 13 or 18 or 23 ? c == '-' : char.IsAsciiHexDigit(c);
            if (!ok)
            {
                return false;
            }
        }

        type = id[..separator];
        uuid = candidate;
        return true;
    }

    /// <summary>The RFC 4122 version digit of a UUID in 8-4-4-4-12 form (the first digit of the third group).</summary>
    public static char VersionDigit(ReadOnlySpan<char> uuid) => uuid[14];
}
