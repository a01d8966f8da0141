using System.Buffers;

namespace TaxiiServer.Validation.Rules;

/// <summary>Splits <c>&lt;type&gt;--&lt;UUID&gt;</c> identifiers held as spans of characters or UTF-8 (no allocation).</summary>
internal static class IdText
{
    private const int UuidLength = 36;

    private static readonly SearchValues<char> UuidChars = SearchValues.Create("0123456789abcdefABCDEF-");
    private static readonly SearchValues<byte> UuidBytes = SearchValues.Create("0123456789abcdefABCDEF-"u8);

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
        if (candidate.ContainsAnyExcept(UuidChars) || !HyphensInPlace(candidate))
        {
            return false;
        }

        type = id[..separator];
        uuid = candidate;
        return true;
    }

    /// <summary>As <see cref="TrySplit(ReadOnlySpan{char}, out ReadOnlySpan{char}, out ReadOnlySpan{char})"/>, over unescaped UTF-8.</summary>
    public static bool TrySplit(ReadOnlySpan<byte> id, out ReadOnlySpan<byte> type, out ReadOnlySpan<byte> uuid)
    {
        type = default;
        uuid = default;
        var separator = id.IndexOf("--"u8);
        if (separator <= 0 || id.Length - separator - 2 != UuidLength)
        {
            return false;
        }

        var candidate = id[(separator + 2)..];
        if (candidate.ContainsAnyExcept(UuidBytes) || !HyphensInPlace(candidate))
        {
            return false;
        }

        type = id[..separator];
        uuid = candidate;
        return true;
    }

    /// <summary>The RFC 4122 version digit of a UUID in 8-4-4-4-12 form (the first digit of the third group).</summary>
    public static char VersionDigit(ReadOnlySpan<char> uuid) => uuid[14];

    // With hex digits everywhere else, exactly four hyphens, at 8, 13, 18 and 23.
    private static bool HyphensInPlace(ReadOnlySpan<char> uuid) =>
        uuid[8] == '-' && uuid[13] == '-' && uuid[18] == '-' && uuid[23] == '-' && uuid.Count('-') == 4;

    private static bool HyphensInPlace(ReadOnlySpan<byte> uuid) =>
        uuid[8] == '-' && uuid[13] == '-' && uuid[18] == '-' && uuid[23] == '-' && uuid.Count((byte)'-') == 4;
}
