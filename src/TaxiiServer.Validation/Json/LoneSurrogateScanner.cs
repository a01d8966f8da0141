using System.Text;
using System.Text.Json;

namespace TaxiiServer.Validation.Json;

/// <summary>
/// A string or property name of an envelope whose <c>\u</c> escapes decode to a lone UTF-16 surrogate: inside
/// the <paramref name="ObjectIndex"/>-th entry of <c>objects</c> at <paramref name="Location"/> (a JSON pointer), or outside every
/// object when ObjectIndex is -1. <paramref name="Escape"/> is the offending escape as sent, e.g. <c>\udfff</c>.
/// </summary>
public readonly record struct LoneSurrogate(int ObjectIndex, string Location, string Escape);

/// <summary>
/// Finds lone-surrogate escapes (<c>"\udfff"</c>, <c>"\ud800x"</c>) in a parsed envelope. They are valid JSON
/// syntax, so the parser accepts them, but they are not Unicode text: System.Text.Json throws when such a string
/// is read, and no STIX string may hold one. Invalid UTF-8 bytes are a different fault, checked on the raw body.
/// </summary>
public static class LoneSurrogateScanner
{
    /// <summary>
    /// Cheap first look: every surrogate escape starts <c>\uD</c> or <c>\ud</c>; a body without one (nearly all) is
    /// not walked at all.
    /// </summary>
    public static bool MayHold(ReadOnlySpan<byte> json) =>
        json.IndexOf("\\ud"u8) >= 0 || json.IndexOf("\\uD"u8) >= 0;

    /// <summary>
    /// The first lone surrogate of each object (in order), and any outside the objects. <paramref name="json"/> must
    /// already have parsed as JSON within <paramref name="maxDepth"/>.
    /// </summary>
    public static List<LoneSurrogate> Scan(ReadOnlySpan<byte> json, int maxDepth)
    {
        var found = new List<LoneSurrogate>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
        var path = new List<Frame>();
        var lastObject = -2;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    NextElement(path);
                    path.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    break;
                case JsonTokenType.PropertyName:
                    path[^1] = path[^1] with { Name = NameOf(ref reader) };
                    Check(ref reader, path, found, ref lastObject);
                    break;
                case JsonTokenType.String:
                    NextElement(path);
                    Check(ref reader, path, found, ref lastObject);
                    break;
                default:
                    NextElement(path);
                    break;
            }
        }

        return found;
    }

    private static void NextElement(List<Frame> path)
    {
        if (path.Count > 0 && path[^1].IsArray)
        {
            path[^1] = path[^1] with { Index = path[^1].Index + 1 };
        }
    }

    private static void Check(ref Utf8JsonReader reader, List<Frame> path, List<LoneSurrogate> found, ref int lastObject)
    {
        if (!reader.ValueIsEscaped || FindLone(reader.ValueSpan) is not { } escape)
        {
            return;
        }

        // Envelope layout: path[0] the envelope, path[1] its 'objects' array, path[2..] inside one object.
        var inObjects = path.Count >= 2 && path[0].Name == "objects" && path[1].IsArray;
        var objectIndex = inObjects ? path[1].Index : -1;
        if (objectIndex >= 0 && objectIndex == lastObject)
        {
            return; // one fault per object is enough to reject it
        }

        lastObject = objectIndex;
        var pointer = new StringBuilder();
        for (var i = inObjects ? 2 : 0; i < path.Count; i++)
        {
            pointer.Append('/').Append(path[i].IsArray
                ? path[i].Index.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : Escaped(path[i].Name ?? ""));
        }

        found.Add(new LoneSurrogate(objectIndex, pointer.ToString(), escape));
    }

    /// <summary>The escape text of the first lone surrogate in an escaped JSON string, or null.</summary>
    public static string? FindLone(ReadOnlySpan<byte> raw)
    {
        var i = 0;
        while (i < raw.Length)
        {
            var next = raw[i..].IndexOf((byte)'\\');
            if (next < 0)
            {
                return null;
            }

            i += next;
            if (raw[i + 1] != 'u')
            {
                i += 2; // \n, \", \\ and the like
                continue;
            }

            var unit = Hex4(raw.Slice(i + 2, 4));
            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                var paired = i + 12 <= raw.Length && raw[i + 6] == '\\' && raw[i + 7] == 'u'
                    && Hex4(raw.Slice(i + 8, 4)) is >= 0xDC00 and <= 0xDFFF;
                if (!paired)
                {
                    return Encoding.ASCII.GetString(raw.Slice(i, 6));
                }

                i += 12;
                continue;
            }

            if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                return Encoding.ASCII.GetString(raw.Slice(i, 6));
            }

            i += 6;
        }

        return null;
    }

    private static int Hex4(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value << 4) | (digit switch
            {
                >= (byte)'0' and <= (byte)'9' => digit - '0',
                >= (byte)'a' and <= (byte)'f' => digit - 'a' + 10,
                _ => digit - 'A' + 10, // the reader has checked these are hex digits
            });
        }

        return value;
    }

    /// <summary>A property name as text: decoded when it holds no lone surrogate, else as sent (escapes and all).</summary>
    private static string NameOf(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped && FindLone(reader.ValueSpan) is not null
            ? Encoding.UTF8.GetString(reader.ValueSpan)
            : reader.GetString()!;

    /// <summary>RFC 6901: '~' as ~0, '/' as ~1.</summary>
    private static string Escaped(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private readonly record struct Frame(bool IsArray, int Index = -1, string? Name = null);
}
