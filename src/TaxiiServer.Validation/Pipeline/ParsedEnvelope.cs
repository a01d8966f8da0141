using System.Text.Json;

namespace TaxiiServer.Validation.Pipeline;

/// <summary>A POSTed envelope parsed once; owns the document its object elements point into.</summary>
public sealed class ParsedEnvelope : IDisposable
{
    internal ParsedEnvelope(JsonDocument document, IReadOnlyList<JsonElement> objects)
    {
        Document = document;
        Objects = objects;
    }

    public JsonDocument Document { get; }

    public IReadOnlyList<JsonElement> Objects { get; }

    public void Dispose() => Document.Dispose();
}
