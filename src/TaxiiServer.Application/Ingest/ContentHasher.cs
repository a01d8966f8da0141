using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace TaxiiServer.Application.Ingest;

/// <summary>
/// Hashes an object's canonical form (properties sorted by name, no whitespace, strings re-escaped uniformly) so
/// that a re-POST of the same object is recognised as identical whatever its formatting or property order.
/// Number literals are kept as written: 1 and 1.0 are different content, as they are to a signature.
/// </summary>
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
                writer.WriteStartObject();
                var count = 0;
                foreach (var _ in element.EnumerateObject())
                {
                    count++;
                }

                // Names are read once each (JsonProperty.Name allocates), then sorted.
                var properties = ArrayPool<KeyValuePair<string, JsonElement>>.Shared.Rent(count);
                try
                {
                    var i = 0;
                    foreach (var property in element.EnumerateObject())
                    {
                        properties[i++] = KeyValuePair.Create(property.Name, property.Value);
                    }

                    Array.Sort(properties, 0, count, PropertyNameOrder.Instance);
                    for (i = 0; i < count; i++)
                    {
                        writer.WritePropertyName(properties[i].Key);
                        WriteCanonical(writer, properties[i].Value);
                    }
                }
                finally
                {
                    ArrayPool<KeyValuePair<string, JsonElement>>.Shared.Return(properties, clearArray: true);
                }

                writer.WriteEndObject();
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
                writer.WriteStringValue(element.GetString());
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private sealed class PropertyNameOrder : IComparer<KeyValuePair<string, JsonElement>>
    {
        public static readonly PropertyNameOrder Instance = new();

        public int Compare(KeyValuePair<string, JsonElement> x, KeyValuePair<string, JsonElement> y) =>
            string.CompareOrdinal(x.Key, y.Key);
    }
}
