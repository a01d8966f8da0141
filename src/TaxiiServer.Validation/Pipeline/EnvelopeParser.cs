using System.Text.Json;

namespace TaxiiServer.Validation.Pipeline;

/// <summary>
/// Parses a POST body as a TAXII envelope: a JSON object whose <c>objects</c> is an array. Items that are not JSON
/// objects are kept: they become per-object failures rather than failing the whole request.
/// </summary>
public static class EnvelopeParser
{
    public static ParsedEnvelope? Parse(ReadOnlyMemory<byte> body, int maxDepth, out EnvelopeParseError? error)
    {
        error = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = maxDepth });
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
            items.Add(item);
        }

        if (items.Count == 0)
        {
            document.Dispose();
            error = new EnvelopeParseError(EnvelopeParseErrorKind.NotEnvelope, "the envelope's 'objects' array is empty");
            return null;
        }

        return new ParsedEnvelope(document, items);
    }

    private static string Describe(JsonException ex) =>
        ex.LineNumber is { } line ? $"line {line + 1}, byte {ex.BytePositionInLine + 1}" : "unreadable";
}
