using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TaxiiServer.Validation.Schema;

/// <summary>RFC 6901 JSON pointers: building them with escaping, and walking them through a document.</summary>
internal static class JsonPointer
{
    public static string Escape(string token) =>
        token.Contains('~', StringComparison.Ordinal) || token.Contains('/', StringComparison.Ordinal)
            ? token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)
            : token;

    public static string Append(string pointer, string token) => pointer + "/" + Escape(token);

    public static string Append(string keyword, int index) => keyword + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Builds "/a/0/b" from path segments, escaping each.</summary>
    public static string Build(List<string> segments)
    {
        if (segments.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var segment in segments)
        {
            builder.Append('/').Append(Escape(segment));
        }

        return builder.ToString();
    }

    /// <summary>Splits a pointer into unescaped tokens; false when it does not start with '/'.</summary>
    public static bool TryParse(string pointer, out List<string> tokens)
    {
        tokens = [];
        if (pointer.Length == 0)
        {
            return true;
        }

        if (pointer[0] != '/')
        {
            return false;
        }

        foreach (var raw in pointer[1..].Split('/'))
        {
            tokens.Add(raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return true;
    }

    public static bool TryStep(JsonElement current, string token, out JsonElement next)
    {
        next = default;
        if (current.ValueKind == JsonValueKind.Object)
        {
            return current.TryGetProperty(token, out next);
        }

        if (current.ValueKind == JsonValueKind.Array
            && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && (token == "0" || token[0] != '0')
            && index < current.GetArrayLength())
        {
            next = current[index];
            return true;
        }

        return false;
    }
}
