using System.Text.Json;

namespace TaxiiServer.Validation.Schema;

/// <summary>One registered JSON document holding schemas; kept alive for as long as the registry.</summary>
internal sealed class SchemaDocument(string key, JsonElement root, string retrievalUri)
{
    /// <summary>Unique per registry; compiled nodes are cached by this key plus a JSON pointer.</summary>
    public string Key { get; } = key;

    public JsonElement Root { get; } = root;

    public string RetrievalUri { get; } = retrievalUri;
}

/// <summary>Where a schema resource or anchor lives: document, pointer from the document root, base URI there.</summary>
internal readonly record struct SchemaLocation(SchemaDocument Document, string DocumentPointer, JsonElement Element, string BaseUri, string ResourcePointer);
