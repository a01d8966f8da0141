using System.Globalization;
using System.Text.Json;

namespace TaxiiServer.Validation.Schema;

/// <summary>
/// Holds schema documents under their URIs and compiles them on request. References resolve only against what is
/// registered here (never the network). The draft 2020-12 metaschemas are registered from embedded copies.
/// Registration is not thread-safe against concurrent compilation; register everything first, then compile and
/// evaluate from any thread.
/// </summary>
public sealed class SchemaRegistry
{
    private readonly SchemaIndex index = new();
    private readonly List<JsonDocument> parsed = [];
    private readonly Dictionary<string, string> byRelativePath = new(StringComparer.Ordinal);
    private readonly Dictionary<bool, SchemaCompiler> compilers = [];
    private readonly Dictionary<(string Uri, bool AssertFormat), CompiledSchema> compiled = [];
    private readonly Lock gate = new();
    private int documentCount;

    public SchemaRegistry()
    {
        foreach (var (uri, json) in Metaschemas.Load())
        {
            Register(new Uri(uri), json);
        }
    }

    /// <summary>
    /// Registers a schema document retrieved from <paramref name="uri"/>. Its root "$id" (resolved against
    /// <paramref name="uri"/>) and every embedded "$id" are registered too. Returns the document's canonical URI
    /// (its "$id" when it has one).
    /// </summary>
    public Uri Register(Uri uri, string json)
    {
        ArgumentNullException.ThrowIfNull(uri);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            throw new SchemaLoadException($"Schema {uri} is not valid JSON: {e.Message}", e);
        }

        lock (gate)
        {
            parsed.Add(document);
            return Add(uri, document.RootElement);
        }
    }

    /// <summary>Registers a schema held in a <see cref="JsonElement"/> (it is cloned, the caller may dispose).</summary>
    public Uri Register(Uri uri, JsonElement schema)
    {
        ArgumentNullException.ThrowIfNull(uri);
        lock (gate)
        {
            return Add(uri, schema.Clone());
        }
    }

    /// <summary>
    /// Registers every *.json file below <paramref name="folder"/> (recursively) under its "$id", falling back to
    /// its file URI when it has none, and remembers its path relative to the folder for
    /// <see cref="FindByRelativePath"/>. Returns the number of files registered.
    /// </summary>
    public int LoadFolder(string folder)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Schema folder {root} does not exist.");
        }

        var files = Directory.GetFiles(root, "*.json", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var canonical = Register(new Uri(file), File.ReadAllText(file));
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            lock (gate)
            {
                byRelativePath[relative] = canonical.AbsoluteUri;
            }
        }

        return files.Length;
    }

    /// <summary>True when a document or embedded resource is registered under <paramref name="uri"/>.</summary>
    public bool Contains(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        lock (gate)
        {
            return index.Resources.ContainsKey(UriText.Canonical(uri));
        }
    }

    /// <summary>
    /// Compiles (once, then cached per URI and options) the schema at <paramref name="uri"/>, which may carry a
    /// fragment (JSON pointer or anchor). Throws <see cref="SchemaLoadException"/> when it or any schema it references
    /// is missing. Cheap to call repeatedly, but callers on a hot path should keep the result.
    /// </summary>
    public CompiledSchema GetSchema(Uri uri, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(uri);
        options ??= EvaluationOptions.Default;
        var absolute = uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString;
        lock (gate)
        {
            if (compiled.TryGetValue((absolute, options.AssertFormat), out var cached))
            {
                return cached;
            }

            if (!compilers.TryGetValue(options.AssertFormat, out var compiler))
            {
                compilers[options.AssertFormat] = compiler = new SchemaCompiler(index, options);
            }

            SchemaNode root;
            try
            {
                root = compiler.CompileReference(absolute);
            }
            catch (SchemaLoadException)
            {
                // The compiler caches nodes before their keywords are built; a failure leaves some half-built.
                compilers.Remove(options.AssertFormat);
                throw;
            }

            var schema = new CompiledSchema(root, options, absolute);
            compiled[(absolute, options.AssertFormat)] = schema;
            return schema;
        }
    }

    /// <summary>
    /// The compiled schema of the file at <paramref name="relativePath"/> (e.g. "sdos/indicator.json", forward
    /// slashes) inside a folder given to <see cref="LoadFolder"/>; null when no such file was loaded.
    /// </summary>
    public CompiledSchema? FindByRelativePath(string relativePath, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        string? uri;
        lock (gate)
        {
            byRelativePath.TryGetValue(relativePath.Replace('\\', '/').TrimStart('/'), out uri);
        }

        return uri is null ? null : GetSchema(new Uri(uri), options);
    }

    private Uri Add(Uri uri, JsonElement root)
    {
        // A registration can change what a URI means, so compiled trees are rebuilt on the next request.
        compilers.Clear();
        compiled.Clear();
        var retrieval = UriText.Canonical(uri);
        var key = (++documentCount).ToString(CultureInfo.InvariantCulture) + ":" + retrieval;
        var document = new SchemaDocument(key, root, retrieval);
        index.Add(document);

        var canonical = retrieval;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            canonical = UriText.WithoutFragment(UriText.Resolve(retrieval, id.GetString()!));
        }

        return new Uri(canonical);
    }
}
