namespace TaxiiServer.Core.Stix;

/// <summary>A STIX identifier: <c>&lt;type&gt;--&lt;UUID&gt;</c>.</summary>
public static class StixId
{
    /// <summary>
    /// Splits an identifier into its type and UUID parts. The UUID must be in the 8-4-4-4-12 form. RFC 4122 prints
    /// lower case but reads either case, and real producers (the OASIS examples among them) emit upper-case hex, so
    /// both are accepted; ids are still compared as the exact strings they were written as.
    /// </summary>
    public static bool TryParse(string? id, out string type, out Guid uuid)
    {
        type = string.Empty;
        if (!TryParse(id.AsSpan(), out var typeSpan, out uuid))
        {
            return false;
        }

        type = typeSpan.ToString();
        return true;
    }

    /// <summary>As <see cref="TryParse(string?, out string, out Guid)"/>, without allocating: the type is a slice of <paramref name="id"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> id, out ReadOnlySpan<char> type, out Guid uuid)
    {
        type = default;
        uuid = Guid.Empty;
        var separator = id.IndexOf("--", StringComparison.Ordinal);
        if (separator <= 0 || id.Length - separator - 2 != 36 || !Guid.TryParseExact(id[(separator + 2)..], "D", out uuid))
        {
            return false;
        }

        type = id[..separator];
        return true;
    }

    public static bool IsValid(string? id) => TryParse(id, out _, out _);
}
