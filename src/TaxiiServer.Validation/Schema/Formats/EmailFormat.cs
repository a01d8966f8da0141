namespace TaxiiServer.Validation.Schema.Formats;

/// <summary>RFC 5321 mailbox (dot-atom or quoted local part; host name or address literal), RFC 6531 for idn-email.</summary>
internal static class EmailFormat
{
    public static bool IsEmail(string value, bool international)
    {
        var at = value.LastIndexOf('@');
        if (at <= 0 || at == value.Length - 1)
        {
            return false;
        }

        return IsLocalPart(value.AsSpan(0, at), international) && IsDomain(value[(at + 1)..], international);
    }

    private static bool IsLocalPart(ReadOnlySpan<char> local, bool international)
    {
        if (local[0] == '"')
        {
            if (local.Length < 2 || local[^1] != '"')
            {
                return false;
            }

            var inner = local[1..^1];
            for (var i = 0; i < inner.Length; i++)
            {
                var c = inner[i];
                if (c == '\\')
                {
                    if (++i >= inner.Length || inner[i] < 0x20)
                    {
                        return false;
                    }
                }
                else if (c == '"' || (c < 0x20) || (c > 0x7E && !international))
                {
                    return false;
                }
            }

            return true;
        }

        if (local[0] == '.' || local[^1] == '.' || local.IndexOf("..") >= 0)
        {
            return false;
        }

        foreach (var c in local)
        {
            var atext = char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-/=?^_`{|}~.".Contains(c, StringComparison.Ordinal)
                || (international && c > 0x7F && !char.IsWhiteSpace(c));
            if (!atext)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDomain(string domain, bool international)
    {
        if (domain.StartsWith('[') && domain.EndsWith(']'))
        {
            var literal = domain[1..^1];
            return literal.StartsWith("IPv6:", StringComparison.OrdinalIgnoreCase)
                ? IpFormat.IsIPv6(literal[5..])
                : IpFormat.IsIPv4(literal);
        }

        return international ? HostnameFormat.IsIdnHostname(domain) : HostnameFormat.IsHostname(domain);
    }
}
