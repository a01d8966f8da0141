using System.Security.Cryptography;
using System.Text;

namespace TaxiiServer.Application.Access;

/// <summary>
/// API keys look like <c>taxii_&lt;8 hex&gt;_&lt;43 base64url chars&gt;</c>: the first two parts (the prefix) are
/// public and shown in lists; the rest is 32 bytes from <see cref="RandomNumberGenerator"/>. Only the SHA-256 of the
/// whole key is stored: with 256 bits of entropy a fast hash cannot be brute-forced, and it lets a request find its
/// key with one indexed read instead of a slow hash per stored key.
/// </summary>
public static class ApiKeyFormat
{
    public const string Marker = "taxii_";
    private const int PrefixHexChars = 8;
    private const int SecretBytes = 32;

    /// <summary>A new key: the full text (shown once), its public prefix and the hash to store.</summary>
    public static (string Key, string Prefix, string SecretHash) Generate()
    {
        var prefix = Marker + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PrefixHexChars / 2));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        var key = prefix + "_" + secret;
        return (key, prefix, Hash(key));
    }

    /// <summary>Whether <paramref name="key"/> has the shape of a key; cheap, so junk never reaches the store.</summary>
    public static bool LooksValid(string? key) =>
        key is { Length: > 0 } &&
        key.StartsWith(Marker, StringComparison.Ordinal) &&
        key.Length == Marker.Length + PrefixHexChars + 1 + 43 &&
        key[Marker.Length + PrefixHexChars] == '_';

    /// <summary>The public prefix of a well-formed key (what lists show and audit records name).</summary>
    public static string PrefixOf(string key) => key[..(Marker.Length + PrefixHexChars)];

    /// <summary>SHA-256 of the key's UTF-8 bytes, lower-case hex: what the store indexes.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
