using System.Text.Json;
using TaxiiServer.Testing;
using TaxiiServer.Validation.Schema;

namespace TaxiiServer.Validation.Tests.Schema;

/// <summary>
/// The evaluator against the OASIS STIX 2.1 schemas and the labelled public corpus: every object of a valid (or
/// spec-only invalid) bundle passes its type schema, and every object labelled as a schema failure fails.
/// Objects are checked one by one against their type's schema, per shared/stix/README.md.
/// </summary>
public sealed class OasisSchemaCorpusTests
{
    private static readonly EvaluationOptions AssertFormats = new() { AssertFormat = true };
    private static readonly Lazy<SchemaRegistry> Registry = new(() =>
    {
        var registry = new SchemaRegistry();
        registry.LoadFolder(Path.Combine(SharedData.Root!, "stix", "oasis-schemas"));
        return registry;
    });

    public static IEnumerable<TestCaseData> Labels()
    {
        var labels = SharedData.Root is null ? null : Path.Combine(SharedData.Root, "stix", "corpus-public", "labels.tsv");
        if (labels is null || !File.Exists(labels))
        {
            yield return new TestCaseData("-", "valid", "-", "-").SetName("STIX corpus (shared data absent)");
            yield break;
        }

        foreach (var line in File.ReadLines(labels).Skip(1))
        {
            var columns = line.Split('\t');
            if (IsBundleLevel(columns[1], columns[2], columns[4]))
            {
                // Wrapper, empty list or unparseable JSON: no type schema is involved; the pipeline's corpus tests
                // check these files.
                continue;
            }

            yield return new TestCaseData(columns[0], columns[1], columns[2], columns[4]).SetName("Corpus " + columns[0]);
        }
    }

    [TestCaseSource(nameof(Labels))]
    public void Corpus_objects_get_the_labelled_schema_verdict(string file, string verdict, string basis, string badObjects)
    {
        var corpus = SharedData.RequireDirectory("stix/corpus-public");
        SharedData.RequireDirectory("stix/oasis-schemas");

        using var bundle = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus, file)));
        var objects = bundle.RootElement.GetProperty("objects").EnumerateArray().ToArray();
        var expectedBad = basis == "schema" ? badObjects.Split(',').ToHashSet(StringComparer.Ordinal) : [];
        var verdicts = objects.Select((o, i) => (Key: Key(o, i), Result: SchemaFor(o).Evaluate(o))).ToArray();

        var rejected = verdicts.Where(v => !v.Result.IsValid).Select(v => v.Key).ToHashSet(StringComparer.Ordinal);
        Assert.That(rejected, Is.EquivalentTo(expectedBad), () => string.Join("\n", verdicts
            .Where(v => !v.Result.IsValid)
            .Select(v => v.Key + ": " + string.Join("; ", v.Result.Errors))));
    }

    private static bool IsBundleLevel(string verdict, string basis, string badObjects) =>
        basis == "json" || (verdict == "invalid" && basis == "schema" && badObjects == "-");

    private static string Key(JsonElement stixObject, int index) =>
        stixObject.TryGetProperty("id", out var id) ? id.GetString()! : $"objects[{index}]";

    private static CompiledSchema SchemaFor(JsonElement stixObject)
    {
        var type = stixObject.GetProperty("type").GetString()!;
        foreach (var folder in new[] { "sdos", "sros", "observables", "common" })
        {
            if (folder != "common" || type is "marking-definition" or "language-content" or "extension-definition")
            {
                if (Registry.Value.FindByRelativePath($"{folder}/{type}.json", AssertFormats) is { } schema)
                {
                    return schema;
                }
            }
        }

        var isSdoLike = stixObject.TryGetProperty("created", out _) || stixObject.TryGetProperty("modified", out _);
        return Registry.Value.FindByRelativePath(isSdoLike ? "common/core.json" : "common/cyber-observable-core.json", AssertFormats)!;
    }
}
