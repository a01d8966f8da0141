using System.Text.Json;

namespace TaxiiServer.Validation.Rules;

/// <summary>Short quotations of offending values for problem messages (a partner needs to recognise the value, not read it all).</summary>
internal static class Brief
{
    private const int MaxLength = 80;

    public static string Quote(string? text) =>
        text is null ? "null" : "'" + (text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength), "…")) + "'";

    public static string Quote(ReadOnlySpan<char> text) => Quote(text.ToString());

    /// <summary>A string value quoted, anything else as its (shortened) JSON text.</summary>
    public static string Quote(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return Quote(value.GetString());
        }

        var raw = value.GetRawText();
        return raw.Length <= MaxLength ? raw : string.Concat(raw.AsSpan(0, MaxLength), "…");
    }
}
