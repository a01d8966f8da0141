namespace TaxiiServer.Validation.Schema.Formats;

/// <summary>RFC 1123 host names, and IDNA2008 (RFC 5890-5893) internationalised host names.</summary>
internal static class HostnameFormat
{
    private static readonly char[] IdnSeparators = ['.', '\u3002', '\uFF0E', '\uFF61'];

    public static bool IsHostname(string value)
    {
        if (value.Length is 0 or > 253)
        {
            return false;
        }

        foreach (var label in value.Split('.'))
        {
            if (!IsAsciiLabel(label))
            {
                return false;
            }

            if (label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase) && !IsALabel(label, out _))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsIdnHostname(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        var labels = value.Split(IdnSeparators);
        var uLabels = new string[labels.Length];
        var asciiLength = labels.Length - 1;
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            if (label.Length == 0)
            {
                return false;
            }

            if (label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
            {
                if (!IsALabel(label, out var decoded))
                {
                    return false;
                }

                uLabels[i] = decoded;
                asciiLength += label.Length;
                continue;
            }

            var ascii = label.All(char.IsAscii) ? label : "xn--" + Punycode.Encode(label);
            if (ascii.Length > 63)
            {
                return false;
            }

            asciiLength += ascii.Length;
            uLabels[i] = label;
        }

        if (asciiLength > 253)
        {
            return false;
        }

        var bidiDomain = uLabels.Any(IdnaRules.HasRightToLeft);
        foreach (var label in uLabels)
        {
            if (!IdnaRules.IsValidULabel(label) || (bidiDomain && !IdnaRules.SatisfiesBidiRule(label)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLabel(string label)
    {
        if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
        {
            return false;
        }

        foreach (var c in label)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An "xn--" label must be canonical Punycode of a label that really needs it (non-ASCII).</summary>
    private static bool IsALabel(string label, out string decoded)
    {
        decoded = string.Empty;
        if (!IsAsciiLabel(label))
        {
            return false;
        }

        var encoded = label[4..];
        return Punycode.TryDecode(encoded, out decoded)
            && !decoded.All(char.IsAscii)
            && string.Equals(Punycode.Encode(decoded), encoded, StringComparison.OrdinalIgnoreCase);
    }
}
