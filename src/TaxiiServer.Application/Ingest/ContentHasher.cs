using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;

namespace TaxiiServer.Application.Ingest;

/// <summary>
/// Hashes an object's canonical form (properties sorted by name, no whitespace, strings re-escaped uniformly) so
/// that a re-POST of the same object is recognised as identical whatever its formatting or property order.
/// Number literals are kept as written: 1 and 1.0 are different content, as they are to a signature.
/// </summary>
/// <remarks>
/// The canonical bytes must never change: stored objects carry hashes of them. Names and strings are therefore
/// written from their UTF-8 text when it holds no escape sequence (the writer then escapes exactly as it does for
/// the decoded string), and decoded to .NET strings only when it does, which STIX content rarely needs.
/// </remarks>
public static class ContentHasher
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, SkipValidation = true };

    // Per thread and reused: hashing runs once per ingested object, so the buffer and writer are not rebuilt each time.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static string Hash(JsonElement element)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        try
        {
            WriteCanonical(writer, element);
            writer.Flush();
            return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
        }
        finally
        {
            // A huge object must not pin a huge buffer to the thread for ever.
            if (buffer.Capacity > 1024 * 1024)
            {
                t_buffer = null;
                t_writer = null;
            }
        }
    }

    private static void WriteCanonical(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(writer, element);
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteCanonical(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                var raw = JsonMarshal.GetRawUtf8Value(element);
                var text = raw[1..^1];
                if (text.Contains((byte)'\\'))
                {
                    writer.WriteStringValue(element.GetString());
                }
                else
                {
                    writer.WriteStringValue(text);
                }

                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, JsonElement element)
    {
        var count = 0;
        var plainNames = true;
        foreach (var property in element.EnumerateObject())
        {
            count++;
            plainNames &= IsPlainAscii(JsonMarshal.GetRawUtf8PropertyName(property));
        }

        if (!plainNames)
        {
            WriteObjectByDecodedNames(writer, element, count);
            return;
        }

        // Plain ASCII names sort the same as bytes as they do as UTF-16 strings: no name is decoded.
        var properties = ArrayPool<JsonProperty>.Shared.Rent(count);
        try
        {
            var i = 0;
            foreach (var property in element.EnumerateObject())
            {
                properties[i++] = property;
            }

            Array.Sort(properties, 0, count, RawNameOrder.Instance);
            writer.WriteStartObject();
            for (i = 0; i < count; i++)
            {
                writer.WritePropertyName(JsonMarshal.GetRawUtf8PropertyName(properties[i]));
                WriteCanonical(writer, properties[i].Value);
            }

            writer.WriteEndObject();
        }
        finally
        {
            ArrayPool<JsonProperty>.Shared.Return(properties, clearArray: true);
        }
    }

    private static void WriteObjectByDecodedNames(Utf8JsonWriter writer, JsonElement element, int count)
    {
        var properties = ArrayPool<KeyValuePair<string, JsonElement>>.Shared.Rent(count);
        try
        {
            var i = 0;
            foreach (var property in element.EnumerateObject())
            {
                properties[i++] = KeyValuePair.Create(property.Name, property.Value);
            }

            Array.Sort(properties, 0, count, DecodedNameOrder.Instance);
            writer.WriteStartObject();
            for (i = 0; i < count; i++)
            {
                writer.WritePropertyName(properties[i].Key);
                WriteCanonical(writer, properties[i].Value);
            }

            writer.WriteEndObject();
        }
        finally
        {
            ArrayPool<KeyValuePair<string, JsonElement>>.Shared.Return(properties, clearArray: true);
        }
    }

    // ASCII without escape sequences: the raw bytes are the name, and byte order is UTF-16 ordinal order.
    private static bool IsPlainAscii(ReadOnlySpan<byte> name) =>
        System.Text.Ascii.IsValid(name) && !name.Contains((byte)'\\');

    private sealed class RawNameOrder : IComparer<JsonProperty>
    {
        public static readonly RawNameOrder Instance = new();

        public int Compare(JsonProperty x, JsonProperty y) =>
            JsonMarshal.GetRawUtf8PropertyName(x).SequenceCompareTo(JsonMarshal.GetRawUtf8PropertyName(y));
    }

    private sealed class DecodedNameOrder : IComparer<KeyValuePair<string, JsonElement>>
    {
        public static readonly DecodedNameOrder Instance = new();

        public int Compare(KeyValuePair<string, JsonElement> x, KeyValuePair<string, JsonElement> y) =>
            string.CompareOrdinal(x.Key, y.Key);
    }
}
