namespace TaxiiServer.Validation.Pattern;

/// <summary>
/// Comparing <c>...hashes.'SHA-256'</c> for equality with a string that is no SHA-256 value can never match a valid
/// object (the hashes type fixes each algorithm's format), so such patterns are rejected, as the OASIS
/// cti-pattern-validator does. Only fixed-length hex algorithms are checked; SSDEEP, TLSH and custom keys are not.
/// </summary>
internal static class HashValues
{
    internal readonly record struct Algorithm(string Name, int HexDigits)
    {
        public bool Accepts(string value)
        {
            if (value.Length != HexDigits)
            {
                return false;
            }

            foreach (var c in value)
            {
                if (!char.IsAsciiHexDigit(c))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// The algorithm whose format the value must have, for =, != and IN on a path ending in
    /// <c>hashes.&lt;algorithm&gt;</c>; null otherwise.
    /// </summary>
    public static Algorithm? ExpectedFor(ObjectPath path, ComparisonOperator comparison)
    {
        var steps = path.Steps;
        if (comparison is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual or ComparisonOperator.In) ||
            steps.Count < 2 || steps[^2] is not KeyStep { Key: "hashes" } || steps[^1] is not KeyStep { Key: var key })
        {
            return null;
        }

        // Keys are matched loosely ("SHA-256", "sha256", "SHA_256") since producers vary in the wild.
        Span<char> normalized = stackalloc char[Math.Min(key.Length, 16)];
        var length = 0;
        foreach (var c in key)
        {
            if (c is '-' or '_')
            {
                continue;
            }

            if (length == normalized.Length)
            {
                return null;
            }

            normalized[length++] = char.ToUpperInvariant(c);
        }

        return normalized[..length] switch
        {
            "MD5" => new Algorithm("MD5", 32),
            "SHA1" => new Algorithm("SHA-1", 40),
            "SHA224" => new Algorithm("SHA-224", 56),
            "SHA256" => new Algorithm("SHA-256", 64),
            "SHA384" => new Algorithm("SHA-384", 96),
            "SHA512" => new Algorithm("SHA-512", 128),
            "SHA3224" => new Algorithm("SHA3-224", 56),
            "SHA3256" => new Algorithm("SHA3-256", 64),
            "SHA3384" => new Algorithm("SHA3-384", 96),
            "SHA3512" => new Algorithm("SHA3-512", 128),
            "RIPEMD160" => new Algorithm("RIPEMD-160", 40),
            "WHIRLPOOL" => new Algorithm("WHIRLPOOL", 128),
            _ => null,
        };
    }
}
