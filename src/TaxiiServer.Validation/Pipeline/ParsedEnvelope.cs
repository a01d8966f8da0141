using System.Text.Json;
using TaxiiServer.Validation.Json;

namespace TaxiiServer.Validation.Pipeline;

/// <summary>A POSTed envelope parsed once; owns the document its object elements point into.</summary>
public sealed class ParsedEnvelope : IDisposable
{
    private static readonly Dictionary<int, LoneSurrogate> None = [];

    internal ParsedEnvelope(JsonDocument document, IReadOnlyList<JsonElement> objects,
        IReadOnlyDictionary<int, LoneSurrogate>? loneSurrogates = null)
    {
        Document = document;
        Objects = objects;
        LoneSurrogates = loneSurrogates ?? None;
    }

    public JsonDocument Document { get; }

    public IReadOnlyList<JsonElement> Objects { get; }

    /// <summary>
    /// Objects (by position) holding a string that is not Unicode text: each is refused on its own, before
    /// validation reads it (reading such a string throws).
    /// </summary>
    public IReadOnlyDictionary<int, LoneSurrogate> LoneSurrogates { get; }

    public void Dispose() => Document.Dispose();
}
