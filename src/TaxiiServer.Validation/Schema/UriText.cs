namespace TaxiiServer.Validation.Schema;

/// <summary>
/// URI helpers over <see cref="Uri"/>. Identifiers are kept as absolute URI strings without fragment so that
/// dictionary look-ups are plain string comparisons.
/// </summary>
internal static class UriText
{
    public static string Resolve(string baseUri, string reference)
    {
        if (reference.Length == 0)
        {
            return baseUri;
        }

        if (reference[0] == '#')
        {
            return WithoutFragment(baseUri) + reference;
        }

        if (HasScheme(reference) && Uri.TryCreate(reference, UriKind.Absolute, out var absolute))
        {
            return absolute.OriginalString.Contains('#', StringComparison.Ordinal) ? Normalise(absolute) : absolute.AbsoluteUri;
        }

        if (!Uri.TryCreate(baseUri, UriKind.Absolute, out var b) || !Uri.TryCreate(b, reference, out var resolved))
        {
            throw new SchemaLoadException($"Cannot resolve '{reference}' against base '{baseUri}'.");
        }

        return Normalise(resolved);
    }

    /// <summary>Splits an absolute URI into its fragment-free part and the decoded fragment (null when absent).</summary>
    public static (string Resource, string? Fragment) Split(string uri)
    {
        var hash = uri.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            return (uri, null);
        }

        return (uri[..hash], Uri.UnescapeDataString(uri[(hash + 1)..]));
    }

    public static string WithoutFragment(string uri)
    {
        var hash = uri.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? uri : uri[..hash];
    }

    public static string Canonical(Uri uri) => WithoutFragment(Normalise(uri));

    private static string Normalise(Uri uri) => uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString;

    // Only a leading scheme makes a reference absolute: on Unix, Uri also reads "/a/b.json" as an absolute file path.
    private static bool HasScheme(string reference)
    {
        var colon = reference.IndexOfAny([':', '/', '?', '#']);
        if (colon <= 0 || reference[colon] != ':' || !char.IsAsciiLetter(reference[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!char.IsAsciiLetterOrDigit(reference[i]) && reference[i] is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
