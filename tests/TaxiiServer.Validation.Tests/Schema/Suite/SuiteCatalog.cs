using System.Collections.Concurrent;
using System.Text.Json;
using TaxiiServer.Testing;
using TaxiiServer.Validation.Schema;

namespace TaxiiServer.Validation.Tests.Schema.Suite;

/// <summary>
/// Reads the official JSON Schema Test Suite (shared/json-schema-test-suite) and builds, per schema, a registry
/// holding the suite's remotes under http://localhost:1234/ so no reference is ever fetched.
/// </summary>
internal static class SuiteCatalog
{
    public const string Folder = "json-schema-test-suite";

    /// <summary>The optional format files run with format assertion on.</summary>
    public static readonly string[] AssertedFormats = ["date-time", "uri", "email", "idn-hostname", "ipv4", "ipv6", "uuid"];

    private static readonly ConcurrentDictionary<string, JsonElement> Files = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, CompiledSchema> Schemas = new(StringComparer.Ordinal);
    private static readonly Lazy<(Uri Uri, string Json)[]> Remotes = new(LoadRemotes);

    /// <summary>The suite root, or null when ../shared or the suite is absent (checked without Assert.Ignore).</summary>
    public static string? Root
    {
        get
        {
            if (SharedData.Root is null)
            {
                return null;
            }

            var path = Path.Combine(SharedData.Root, Folder);
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>Suite files relative to tests/draft2020-12, e.g. "ref.json" or "optional/format/uri.json".</summary>
    public static IEnumerable<string> TestFiles(string root)
    {
        var folder = Path.Combine(root, "tests", "draft2020-12");
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            yield return Path.GetFileName(file);
        }

        foreach (var format in AssertedFormats)
        {
            yield return $"optional/format/{format}.json";
        }
    }

    public static JsonElement ReadFile(string root, string relativeFile) =>
        Files.GetOrAdd(relativeFile, f => JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "tests", "draft2020-12", f))).RootElement);

    /// <summary>The compiled schema of one suite group, in a registry of its own (groups reuse $ids).</summary>
    public static CompiledSchema Compile(string root, string relativeFile, int group)
    {
        return Schemas.GetOrAdd($"{relativeFile}#{group}", _ =>
        {
            var registry = new SchemaRegistry();
            foreach (var (uri, json) in Remotes.Value)
            {
                registry.Register(uri, json);
            }

            var schema = ReadFile(root, relativeFile)[group].GetProperty("schema");
            var schemaUri = registry.Register(new Uri($"https://suite.test/{relativeFile}/{group}.json"), schema);
            var options = new EvaluationOptions { AssertFormat = relativeFile.StartsWith("optional/format/", StringComparison.Ordinal) };
            return registry.GetSchema(schemaUri, options);
        });
    }

    private static (Uri, string)[] LoadRemotes()
    {
        var folder = Path.Combine(Root!, "remotes");
        return
        [
            .. Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories)
                .Select(f => (new Uri("http://localhost:1234/" + Path.GetRelativePath(folder, f).Replace('\\', '/')), File.ReadAllText(f))),
        ];
    }
}
