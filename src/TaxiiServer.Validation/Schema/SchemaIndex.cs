using System.Text.Json;

namespace TaxiiServer.Validation.Schema;

/// <summary>
/// Finds the schema resources ($id), anchors ($anchor, $dynamicAnchor) of a document by walking only the
/// keywords that hold subschemas, so an "$id" inside an enum or const value is not mistaken for an identifier.
/// </summary>
internal sealed class SchemaIndex
{
    private static readonly string[] SingleSchemaKeywords =
    [
        "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "items", "contains", "propertyNames",
        "not", "if", "then", "else",
    ];

    private static readonly string[] ArrayKeywords = ["prefixItems", "allOf", "anyOf", "oneOf"];

    // "definitions" is not a 2020-12 keyword, but the STIX schemas keep subschemas there.
    private static readonly string[] MapKeywords = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];

    public Dictionary<string, SchemaLocation> Resources { get; } = new(StringComparer.Ordinal);

    /// <summary>Keyed by resource URI + "#" + anchor name; holds $anchor and $dynamicAnchor alike.</summary>
    public Dictionary<string, SchemaLocation> Anchors { get; } = new(StringComparer.Ordinal);

    /// <summary>Names of the $dynamicAnchors declared directly in each resource.</summary>
    public Dictionary<string, List<string>> DynamicAnchors { get; } = new(StringComparer.Ordinal);

    public void Add(SchemaDocument document)
    {
        var rootBase = document.RetrievalUri;
        var idBase = rootBase;
        if (document.Root.ValueKind == JsonValueKind.Object && document.Root.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            idBase = UriText.WithoutFragment(UriText.Resolve(rootBase, id.GetString()!));
        }

        // Reachable under the retrieval URI too, but its base URI is the one its "$id" sets.
        Resources[rootBase] = new SchemaLocation(document, string.Empty, document.Root, idBase, string.Empty);
        Walk(document, document.Root, string.Empty, rootBase, string.Empty);
    }

    private void Walk(SchemaDocument document, JsonElement schema, string pointer, string baseUri, string resourcePointer)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            baseUri = UriText.WithoutFragment(UriText.Resolve(baseUri, id.GetString()!));
            resourcePointer = string.Empty;
            Resources[baseUri] = new SchemaLocation(document, pointer, schema, baseUri, string.Empty);
        }

        var here = new SchemaLocation(document, pointer, schema, baseUri, resourcePointer);
        if (schema.TryGetProperty("$anchor", out var anchor) && anchor.ValueKind == JsonValueKind.String)
        {
            Anchors[baseUri + "#" + anchor.GetString()] = here;
        }

        if (schema.TryGetProperty("$dynamicAnchor", out var dynamic) && dynamic.ValueKind == JsonValueKind.String)
        {
            var name = dynamic.GetString()!;
            Anchors[baseUri + "#" + name] = here;
            if (!DynamicAnchors.TryGetValue(baseUri, out var names))
            {
                DynamicAnchors[baseUri] = names = [];
            }

            names.Add(name);
        }

        foreach (var keyword in SingleSchemaKeywords)
        {
            if (schema.TryGetProperty(keyword, out var sub))
            {
                Walk(document, sub, JsonPointer.Append(pointer, keyword), baseUri, JsonPointer.Append(resourcePointer, keyword));
            }
        }

        foreach (var keyword in ArrayKeywords)
        {
            if (schema.TryGetProperty(keyword, out var list) && list.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var sub in list.EnumerateArray())
                {
                    var token = JsonPointer.Append(keyword, i++);
                    Walk(document, sub, pointer + "/" + token, baseUri, resourcePointer + "/" + token);
                }
            }
        }

        foreach (var keyword in MapKeywords)
        {
            if (schema.TryGetProperty(keyword, out var map) && map.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in map.EnumerateObject())
                {
                    var token = JsonPointer.Append(keyword, entry.Name);
                    Walk(document, entry.Value, pointer + "/" + token, baseUri, resourcePointer + "/" + token);
                }
            }
        }
    }
}
