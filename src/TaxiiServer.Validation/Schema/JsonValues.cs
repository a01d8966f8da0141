using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace TaxiiServer.Validation.Schema;

/// <summary>JSON value helpers: numbers by mathematical value, deep equality, strings without allocating.</summary>
internal static class JsonValues
{
    /// <summary>Strings up to this many UTF-8 bytes are decoded on the stack.</summary>
    public const int StackLimit = 512;

    public static double ToDouble(in JsonElement number) =>
        number.TryGetDouble(out var d) ? d : double.Parse(number.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);

    public static bool IsInteger(in JsonElement number)
    {
        if (number.TryGetDecimal(out var m))
        {
            return m == decimal.Truncate(m);
        }

        var d = ToDouble(number);
        return double.IsFinite(d) ? Math.Floor(d) == d : !double.IsNaN(d);
    }

    /// <summary>Compares a JSON number with a limit known as decimal (when representable) and double.</summary>
    public static int Compare(in JsonElement number, decimal? limitDecimal, double limitDouble)
    {
        if (limitDecimal is decimal limit && number.TryGetDecimal(out var m))
        {
            return m.CompareTo(limit);
        }

        return ToDouble(number).CompareTo(limitDouble);
    }

    public static bool NumbersEqual(in JsonElement a, in JsonElement b)
    {
        if (a.TryGetDecimal(out var x) && b.TryGetDecimal(out var y))
        {
            return x == y;
        }

        return ToDouble(a) == ToDouble(b);
    }

    public static bool DeepEquals(in JsonElement a, in JsonElement b)
    {
        var kind = a.ValueKind;
        if (kind != b.ValueKind)
        {
            return false;
        }

        switch (kind)
        {
            case JsonValueKind.Number:
                return NumbersEqual(a, b);
            case JsonValueKind.String:
                return a.ValueEquals(b.GetString());
            case JsonValueKind.Array:
                if (a.GetArrayLength() != b.GetArrayLength())
                {
                    return false;
                }

                for (var i = 0; i < a.GetArrayLength(); i++)
                {
                    if (!DeepEquals(a[i], b[i]))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Object:
                if (a.GetPropertyCount() != b.GetPropertyCount())
                {
                    return false;
                }

                foreach (var property in a.EnumerateObject())
                {
                    if (!b.TryGetProperty(property.Name, out var other) || !DeepEquals(property.Value, other))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    /// <summary>Length of a string value in Unicode code points, counted on the raw UTF-8 when it has no escapes.</summary>
    public static int CodePointLength(in JsonElement text)
    {
        var raw = JsonMarshal.GetRawUtf8Value(text);
        if (raw.IndexOf((byte)'\\') < 0)
        {
            var count = 0;
            foreach (var b in raw)
            {
                if ((b & 0xC0) != 0x80)
                {
                    count++;
                }
            }

            return count - 2; // the quotes
        }

        var value = text.GetString()!;
        var length = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }

            length++;
        }

        return length;
    }

    /// <summary>
    /// The characters of a string value: decoded into <paramref name="buffer"/> when short and unescaped, else
    /// the allocated string (only long or escaped values allocate).
    /// </summary>
    public static ReadOnlySpan<char> Chars(in JsonElement text, Span<char> buffer)
    {
        var raw = JsonMarshal.GetRawUtf8Value(text);
        if (raw.Length - 2 <= buffer.Length && raw.IndexOf((byte)'\\') < 0)
        {
            var written = Encoding.UTF8.GetChars(raw[1..^1], buffer);
            return buffer[..written];
        }

        return text.GetString().AsSpan();
    }

    /// <summary>The most characters <see cref="Chars"/> can need for a string element: its UTF-8 length.</summary>
    public static int CharsBound(in JsonElement text) => JsonMarshal.GetRawUtf8Value(text).Length - 2;

    /// <summary>A property name's characters, decoded like <see cref="Chars"/>.</summary>
    public static ReadOnlySpan<char> NameChars(in JsonProperty property, Span<char> buffer)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        if (raw.Length <= buffer.Length && raw.IndexOf((byte)'\\') < 0)
        {
            var written = Encoding.UTF8.GetChars(raw, buffer);
            return buffer[..written];
        }

        return property.Name.AsSpan();
    }

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "undefined",
    };
}
