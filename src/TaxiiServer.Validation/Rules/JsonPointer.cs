using System.Globalization;
using System.Text;

namespace TaxiiServer.Validation.Rules;

/// <summary>RFC 6901 pointers. Built only when a problem is reported, so their allocations stay off the valid path.</summary>
internal static class JsonPointer
{
    /// <summary>Escapes one reference token: <c>~</c> becomes <c>~0</c> and <c>/</c> becomes <c>~1</c>.</summary>
    public static string Escape(string token) =>
        token.AsSpan().IndexOfAny('~', '/') < 0 ? token : token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Of(string name) => "/" + Escape(name);

    public static string Of(string name, int index) => "/" + Escape(name) + "/" + index.ToString(CultureInfo.InvariantCulture);

    public static string Of(string name, int index, string child) => Of(name, index) + "/" + Escape(child);

    public static string Of(string name, int index, string child, int childIndex) =>
        Of(name, index, child) + "/" + childIndex.ToString(CultureInfo.InvariantCulture);

    /// <summary>Appends a token to an existing pointer.</summary>
    public static string Append(string pointer, string token) => pointer + "/" + Escape(token);

    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>A pointer from already-unescaped tokens.</summary>
    public static string FromTokens(IEnumerable<string> tokens)
    {
        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            builder.Append('/').Append(Escape(token));
        }

        return builder.ToString();
    }
}
