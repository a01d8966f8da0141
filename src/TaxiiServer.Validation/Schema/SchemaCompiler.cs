using System.Text.Json;

namespace TaxiiServer.Validation.Schema;

/// <summary>
/// Turns registered schema JSON into <see cref="SchemaNode"/> trees. Nodes are cached by document and pointer, and
/// a node is cached before its keywords are compiled, so recursive references close into cycles instead of
/// recursing forever. One compiler per registry and option set; callers serialise access.
/// </summary>
internal sealed partial class SchemaCompiler(SchemaIndex index, EvaluationOptions options)
{
    private const string ValidationVocabulary = "https://json-schema.org/draft/2020-12/vocab/validation";

    private readonly Dictionary<string, SchemaNode> nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SchemaResource> resources = new(StringComparer.Ordinal);
    private readonly Queue<SchemaResource> pendingDynamicAnchors = new();

    /// <summary>Compiles the schema an absolute URI (with optional fragment) designates, then any dynamic anchors.</summary>
    public SchemaNode CompileReference(string absoluteUri)
    {
        var node = Resolve(absoluteUri, true);
        while (pendingDynamicAnchors.TryDequeue(out var resource))
        {
            var compiled = new Dictionary<string, SchemaNode>(StringComparer.Ordinal);
            foreach (var name in index.DynamicAnchors[resource.Uri])
            {
                compiled[name] = Compile(index.Anchors[resource.Uri + "#" + name], true);
            }

            resource.DynamicAnchors = compiled;
        }

        return node;
    }

    private SchemaNode Resolve(string absoluteUri, bool validation)
    {
        var (resourceUri, fragment) = UriText.Split(absoluteUri);
        if (!index.Resources.TryGetValue(resourceUri, out var resource))
        {
            throw new SchemaLoadException($"No schema is registered under '{resourceUri}' (reference '{absoluteUri}').");
        }

        if (string.IsNullOrEmpty(fragment))
        {
            return Compile(resource, validation);
        }

        if (fragment[0] != '/')
        {
            return index.Anchors.TryGetValue(resourceUri + "#" + fragment, out var anchored)
                ? Compile(anchored, validation)
                : throw new SchemaLoadException($"No anchor '{fragment}' in '{resourceUri}'.");
        }

        if (!JsonPointer.TryParse(fragment, out var tokens))
        {
            throw new SchemaLoadException($"Bad JSON pointer in reference '{absoluteUri}'.");
        }

        var location = resource;
        foreach (var token in tokens)
        {
            if (!JsonPointer.TryStep(location.Element, token, out var next))
            {
                throw new SchemaLoadException($"Reference '{absoluteUri}' points at nothing.");
            }

            location = Child(location, next, JsonPointer.Escape(token));
        }

        return Compile(location, validation);
    }

    /// <summary>The location of a child value; a child with "$id" starts a new base URI and resource pointer.</summary>
    private static SchemaLocation Child(SchemaLocation parent, JsonElement element, string escapedPath)
    {
        var documentPointer = parent.DocumentPointer + "/" + escapedPath;
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            var baseUri = UriText.WithoutFragment(UriText.Resolve(parent.BaseUri, id.GetString()!));
            return new SchemaLocation(parent.Document, documentPointer, element, baseUri, string.Empty);
        }

        return new SchemaLocation(parent.Document, documentPointer, element, parent.BaseUri, parent.ResourcePointer + "/" + escapedPath);
    }

    private SchemaNode Compile(SchemaLocation location, bool validation)
    {
        var key = location.Document.Key + "#" + location.DocumentPointer;
        if (nodes.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var node = new SchemaNode(location.BaseUri + "#" + location.ResourcePointer, GetResource(location.BaseUri));
        nodes[key] = node;
        switch (location.Element.ValueKind)
        {
            case JsonValueKind.True:
            case JsonValueKind.False:
                node.SetBoolean(location.Element.ValueKind == JsonValueKind.True);
                break;
            case JsonValueKind.Object:
                if (location.Element.TryGetProperty("$schema", out var metaschema) && metaschema.ValueKind == JsonValueKind.String)
                {
                    validation = UsesValidationVocabulary(UriText.Resolve(location.BaseUri, metaschema.GetString()!));
                }

                var keywords = CompileKeywords(location, validation, out var tracks);
                node.SetKeywords(keywords, tracks);
                break;
            default:
                throw new SchemaLoadException($"A schema must be an object or a boolean, found {location.Element.ValueKind} at {node.Location}.");
        }

        return node;
    }

    private SchemaNode Sub(SchemaLocation parent, JsonElement element, bool validation, string keyword) =>
        Compile(Child(parent, element, JsonPointer.Escape(keyword)), validation);

    private SchemaNode Sub(SchemaLocation parent, JsonElement element, bool validation, string keyword, string member) =>
        Compile(Child(parent, element, JsonPointer.Escape(keyword) + "/" + JsonPointer.Escape(member)), validation);

    private SchemaResource GetResource(string uri)
    {
        if (!resources.TryGetValue(uri, out var resource))
        {
            resources[uri] = resource = new SchemaResource(uri);
            if (index.DynamicAnchors.ContainsKey(uri))
            {
                pendingDynamicAnchors.Enqueue(resource);
            }
        }

        return resource;
    }

    /// <summary>
    /// Honours a custom metaschema's "$vocabulary" only to the extent of switching the validation vocabulary off;
    /// every other vocabulary this evaluator knows is always on.
    /// </summary>
    private bool UsesValidationVocabulary(string metaschemaUri)
    {
        if (index.Resources.TryGetValue(UriText.WithoutFragment(metaschemaUri), out var meta)
            && meta.Element.ValueKind == JsonValueKind.Object
            && meta.Element.TryGetProperty("$vocabulary", out var vocabularies)
            && vocabularies.ValueKind == JsonValueKind.Object)
        {
            return vocabularies.TryGetProperty(ValidationVocabulary, out _);
        }

        return true;
    }
}
