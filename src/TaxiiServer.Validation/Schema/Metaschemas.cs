namespace TaxiiServer.Validation.Schema;

/// <summary>The embedded draft 2020-12 metaschemas (see Metaschemas/README.md), as (URI, JSON) pairs.</summary>
internal static class Metaschemas
{
    private const string Prefix = "TaxiiServer.Validation.Schema.Metaschemas.";

    private static readonly (string Uri, string Resource)[] Files =
    [
        ("https://json-schema.org/draft/2020-12/schema", "schema.json"),
        ("https://json-schema.org/draft/2020-12/meta/core", "core.json"),
        ("https://json-schema.org/draft/2020-12/meta/applicator", "applicator.json"),
        ("https://json-schema.org/draft/2020-12/meta/unevaluated", "unevaluated.json"),
        ("https://json-schema.org/draft/2020-12/meta/validation", "validation.json"),
        ("https://json-schema.org/draft/2020-12/meta/meta-data", "meta-data.json"),
        ("https://json-schema.org/draft/2020-12/meta/format-annotation", "format-annotation.json"),
        ("https://json-schema.org/draft/2020-12/meta/content", "content.json"),
    ];

    public static IEnumerable<(string Uri, string Json)> Load()
    {
        var assembly = typeof(Metaschemas).Assembly;
        foreach (var (uri, resource) in Files)
        {
            using var stream = assembly.GetManifestResourceStream(Prefix + resource)
                ?? throw new InvalidOperationException($"Embedded metaschema {resource} is missing.");
            using var reader = new StreamReader(stream);
            yield return (uri, reader.ReadToEnd());
        }
    }
}
