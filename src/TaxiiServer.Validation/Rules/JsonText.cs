using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// Reads JSON strings and property names without allocating. <c>JsonElement.GetString()</c> and
/// <c>JsonProperty.Name</c> each allocate a string, which the rules cannot afford on every object, so the raw UTF-8
/// is read instead; only the rare escaped or non-ASCII text falls back to an allocating decode.
/// </summary>
internal static class JsonText
{
    /// <summary>
    /// Longest text the fast path widens into a caller's stack buffer: any identifier fits (a type name is at most
    /// 250 characters, plus "--" and a 36-character UUID).
    /// </summary>
    public const int BufferLength = 288;

    /// <summary>The string value of <paramref name="element"/> as characters, or empty when it is not a string.</summary>
    public static ReadOnlySpan<char> Chars(JsonElement element, Span<char> buffer)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            return [];
        }

        var raw = JsonMarshal.GetRawUtf8Value(element);
        return TryWiden(raw[1..^1], buffer, out var length) ? buffer[..length] : element.GetString().AsSpan();
    }

    /// <summary>A property's name as characters.</summary>
    public static ReadOnlySpan<char> Name(JsonProperty property, Span<char> buffer) =>
        TryWiden(JsonMarshal.GetRawUtf8PropertyName(property), buffer, out var length)
            ? buffer[..length]
            : property.Name.AsSpan();

    /// <summary>The unescaped UTF-8 of a string element when it has no escapes; false otherwise (or for non-strings).</summary>
    public static bool TryRawUtf8(JsonElement element, out ReadOnlySpan<byte> utf8)
    {
        utf8 = default;
        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var raw = JsonMarshal.GetRawUtf8Value(element)[1..^1];
        if (raw.Contains((byte)'\\'))
        {
            return false;
        }

        utf8 = raw;
        return true;
    }

    private static bool TryWiden(ReadOnlySpan<byte> utf8, Span<char> buffer, out int length)
    {
        length = 0;
        return utf8.Length <= buffer.Length && !utf8.Contains((byte)'\\') &&
            Ascii.ToUtf16(utf8, buffer, out length) == OperationStatus.Done;
    }
}
