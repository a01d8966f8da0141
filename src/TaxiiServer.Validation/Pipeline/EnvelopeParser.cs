using System.Text.Json;
using TaxiiServer.Validation.Json;

namespace TaxiiServer.Validation.Pipeline;

/// <summary>
/// Parses a POST body as a TAXII envelope: a JSON object whose <c>objects</c> is a non-empty array of JSON objects.
/// An entry that is not an object fails the whole request (naming its position): such a body was not made by a
/// STIX producer, and storing the rest of it would half-apply a request the sender has to redo anyway. A string
/// with a lone UTF-16 surrogate escape fails only its object (or the whole request when it is outside every object).
/// </summary>
public static class EnvelopeParser
{
    public static ParsedEnvelope? Parse(ReadOnlyMemory<byte> body, int maxDepth, out EnvelopeParseError? error)
    {
        error = null;
        JsonDocument document;
        try
        {
            document = Parse(body, maxDepth);
        }
        catch (JsonException ex)
        {
            var reason = ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? $"the body nests deeper than {maxDepth} levels"
                : $"the body is not valid JSON ({Describe(ex)})";
            error = new EnvelopeParseError(EnvelopeParseErrorKind.NotJson, reason);
            return null;
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            var kind = root.ValueKind.ToString().ToLowerInvariant();
            document.Dispose();
            error = new EnvelopeParseError(EnvelopeParseErrorKind.NotEnvelope,
                $"the body must be a TAXII envelope (a JSON object with an 'objects' array), not a JSON {kind}");
            return null;
        }

        // Before any property is looked up: comparing an escaped name that holds a lone surrogate throws.
        Dictionary<int, LoneSurrogate>? perObject = null;
        if (LoneSurrogateScanner.MayHold(body.Span))
        {
            perObject = [];
            foreach (var fault in LoneSurrogateScanner.Scan(body.Span, maxDepth))
            {
                if (fault.ObjectIndex < 0)
                {
                    document.Dispose();
                    error = new EnvelopeParseError(EnvelopeParseErrorKind.NotJson,
                        $"the string at {(fault.Location.Length == 0 ? "/" : fault.Location)} holds {fault.Escape}, a lone UTF-16 surrogate escape: JSON text must be Unicode");
                    return null;
                }

                perObject[fault.ObjectIndex] = fault;
            }
        }

        if (root.TryGetProperty("type"u8, out var type) && type.ValueKind == JsonValueKind.String && type.ValueEquals("bundle"u8))
        {
            document.Dispose();
            error = new EnvelopeParseError(EnvelopeParseErrorKind.NotEnvelope,
                "the body is a STIX bundle; TAXII 2.1 expects an envelope: {\"objects\": [...]} without 'type', 'id' or 'spec_version'");
            return null;
        }

        if (!root.TryGetProperty("objects"u8, out var objects) || objects.ValueKind != JsonValueKind.Array)
        {
            document.Dispose();
            error = new EnvelopeParseError(EnvelopeParseErrorKind.NotEnvelope,
                "the envelope must have an 'objects' property holding an array of STIX objects");
            return null;
        }

        var items = new List<JsonElement>(objects.GetArrayLength());
        foreach (var item in objects.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                error = new EnvelopeParseError(EnvelopeParseErrorKind.NotEnvelope,
                    $"/objects/{items.Count} is a JSON {Kind(item)}, not a STIX object; every entry of 'objects' must be an object, and nothing of this envelope was stored");
                document.Dispose();
                return null;
            }

            items.Add(item);
        }

        if (items.Count == 0)
        {
            document.Dispose();
            error = new EnvelopeParseError(EnvelopeParseErrorKind.NotEnvelope, "the envelope's 'objects' array is empty");
            return null;
        }

        return new ParsedEnvelope(document, items, perObject);
    }

    /// <summary>Bodies larger than this are parsed without pooled memory (see <see cref="Parse(ReadOnlyMemory{byte}, int)"/>).</summary>
    public const int PooledParseLimit = 2 * 1024 * 1024;

    /// <summary>
    /// Typical envelopes parse with pooled metadata (fast, no garbage). A large body needs metadata of about
    /// 12 bytes per JSON token (tens of MiB for a 10 MiB body), and the shared pool would keep such arrays for
    /// minutes after a burst: those are parsed into memory of their own, which the GC takes back.
    /// </summary>
    private static JsonDocument Parse(ReadOnlyMemory<byte> body, int maxDepth)
    {
        if (body.Length <= PooledParseLimit)
        {
            return JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = maxDepth });
        }

        var reader = new Utf8JsonReader(body.Span, new JsonReaderOptions { MaxDepth = maxDepth });
        var document = JsonDocument.ParseValue(ref reader);
        if (reader.Read())
        {
            document.Dispose();
            throw new JsonException("content after the JSON value", null, null, reader.BytesConsumed);
        }

        return document;
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    private static string Describe(JsonException ex) =>
        ex.LineNumber is { } line ? $"line {line + 1}, byte {ex.BytePositionInLine + 1}" : "unreadable";
}
