namespace TaxiiServer.Core.Stix;

/// <summary>A STIX identifier: <c>&lt;type&gt;--&lt;UUID&gt;</c>.</summary>
public static class StixId
{
    /// <summary>
    /// Splits an identifier into its type and UUID parts. The UUID must be the canonical lower-case
    /// 8-4-4-4-12 form: RFC 4122 prints lower case and STIX ids are compared as strings.
    /// </summary>
    public static bool TryParse(string? id, out string type, out Guid uuid)
    {
        type = string.Empty;
        uuid = Guid.Empty;
        if (id is null)
        {
            return false;
        }

        var separator = id.IndexOf("--", StringComparison.Ordinal);
        if (separator <= 0 || id.Length - separator - 2 != 36)
        {
            return false;
        }

        var uuidText = id.AsSpan(separator + 2);
        foreach (var c in uuidText)
        {
            if (c is >= 'A' and <= 'F')
            {
                return false;
            }
        }

        if (!Guid.TryParseExact(uuidText, "D", out uuid))
        {
            return false;
        }

        type = id[..separator];
        return true;
    }

    public static bool IsValid(string? id) => TryParse(id, out _, out _);
}
