namespace TaxiiServer.Validation.Schema.Formats;

/// <summary>Dotted-quad IPv4 (no leading zeros, ASCII digits only) and RFC 4291 IPv6 text forms (no zone, no prefix).</summary>
internal static class IpFormat
{
    public static bool IsIPv4(ReadOnlySpan<char> value)
    {
        var parts = 0;
        while (true)
        {
            var dot = value.IndexOf('.');
            var part = dot < 0 ? value : value[..dot];
            if (part.Length is 0 or > 3 || (part.Length > 1 && part[0] == '0'))
            {
                return false;
            }

            var number = 0;
            foreach (var c in part)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                number = number * 10 + (c - '0');
            }

            if (number > 255)
            {
                return false;
            }

            parts++;
            if (dot < 0)
            {
                return parts == 4;
            }

            value = value[(dot + 1)..];
        }
    }

    public static bool IsIPv6(string value)
    {
        var span = value.AsSpan();
        var doubleColon = span.IndexOf("::");
        if (doubleColon >= 0 && span[(doubleColon + 1)..].IndexOf("::") >= 0)
        {
            return false;
        }

        int groups;
        if (doubleColon < 0)
        {
            if (!TryCountGroups(span, true, out groups))
            {
                return false;
            }

            return groups == 8;
        }

        var head = span[..doubleColon];
        var tail = span[(doubleColon + 2)..];
        var headGroups = 0;
        if (head.Length > 0 && !TryCountGroups(head, false, out headGroups))
        {
            return false;
        }

        var tailGroups = 0;
        if (tail.Length > 0 && !TryCountGroups(tail, true, out tailGroups))
        {
            return false;
        }

        return headGroups + tailGroups <= 7;
    }

    /// <summary>Counts colon-separated hex groups; an IPv4 tail (when allowed) counts as two.</summary>
    private static bool TryCountGroups(ReadOnlySpan<char> text, bool allowIPv4Tail, out int groups)
    {
        groups = 0;
        while (true)
        {
            var colon = text.IndexOf(':');
            var group = colon < 0 ? text : text[..colon];
            if (colon < 0 && allowIPv4Tail && group.Contains('.'))
            {
                groups += 2;
                return IsIPv4(group);
            }

            if (group.Length is 0 or > 4)
            {
                return false;
            }

            foreach (var c in group)
            {
                if (!char.IsAsciiHexDigit(c))
                {
                    return false;
                }
            }

            groups++;
            if (colon < 0)
            {
                return true;
            }

            text = text[(colon + 1)..];
        }
    }
}
