namespace TaxiiServer.Validation.Rules;

/// <summary>
/// The hash-algorithm-ov vocabulary (STIX 2.1 §10.7) and the loose spellings producers use for its algorithms
/// (<c>sha256</c>, <c>SHA_256</c>, <c>md5</c>). A spelling is compared with case, hyphens and underscores ignored.
/// </summary>
internal static class HashAlgorithmNames
{
    /// <summary>The vocabulary as the specification writes it.</summary>
    public static readonly string[] Vocabulary = ["MD5", "SHA-1", "SHA-256", "SHA-512", "SHA3-256", "SHA3-512", "SSDEEP", "TLSH"];

    private static readonly byte[][] Exact = Array.ConvertAll(Vocabulary, System.Text.Encoding.ASCII.GetBytes);

    // Each vocabulary name upper-cased with its separators removed, in Vocabulary's order.
    private static readonly byte[][] Folded = Array.ConvertAll(Vocabulary, name =>
        System.Text.Encoding.ASCII.GetBytes(name.Replace("-", "", StringComparison.Ordinal)));

    /// <summary>
    /// The vocabulary name that <paramref name="utf8Key"/> loosely spells when it is not written exactly that way;
    /// null for exact vocabulary names and for custom algorithm names.
    /// </summary>
    public static string? MisspelledVocabularyName(ReadOnlySpan<byte> utf8Key)
    {
        // The longest vocabulary name is 8 characters; with separators a loose spelling stays short.
        if (utf8Key.Length is < 3 or > 16)
        {
            return null;
        }

        Span<byte> folded = stackalloc byte[16];
        var length = 0;
        foreach (var b in utf8Key)
        {
            if (b is (byte)'-' or (byte)'_')
            {
                continue;
            }

            folded[length++] = b is >= (byte)'a' and <= (byte)'z' ? (byte)(b - 32) : b;
        }

        for (var i = 0; i < Folded.Length; i++)
        {
            if (folded[..length].SequenceEqual(Folded[i]))
            {
                return utf8Key.SequenceEqual(Exact[i]) ? null : Vocabulary[i];
            }
        }

        return null;
    }
}
