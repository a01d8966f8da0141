using System.Text.Json;
using TaxiiServer.Testing;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Tests.Pipeline;

/// <summary>
/// The whole pipeline (structure, the object's own schema, MUST rules, patterns) over the labelled public corpus,
/// once with the project's schemas and once with the official OASIS set: every file gets its labelled verdict, and
/// for object-level labels exactly the labelled objects are rejected.
/// </summary>
[TestFixture]
public sealed class PipelineCorpusTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var folder in new[] { "project", "oasis" })
        {
            foreach (var label in CorpusLabels.Load())
            {
                yield return new TestCaseData(folder, label).SetName($"{folder} schemas: {label.File}");
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Every_corpus_file_gets_its_labelled_verdict(string folder, CorpusLabel label)
    {
        if (label.File == CorpusLabels.MissingMarker)
        {
            Assert.Ignore(label.Reason);
        }

        var validator = new StixObjectValidator(PipelineFixtures.Schemas(folder));
        var path = Path.Combine(SharedData.RequireDirectory("stix/corpus-public"), label.File);
        var verdicts = PipelineFixtures.ValidateBundle(validator, File.ReadAllBytes(path), out var bundleError);

        if (label.Level is "bundle" or "objects" || bundleError is not null)
        {
            // Whole-body verdicts: not JSON, not a bundle, an empty objects list. The server answers 400.
            Assert.That(bundleError is not null || verdicts.Any(v => !v.IsValid), Is.EqualTo(label.Verdict == "invalid"),
                $"{label.File}: {bundleError ?? string.Join(" | ", verdicts.Where(v => !v.IsValid).Select(v => v.Message))}");
            return;
        }

        // Labels name a bad object by id, or as objects[i] when it has none.
        var rejected = verdicts.Select((v, i) => (v, i)).Where(x => !x.v.IsValid)
            .Select(x => x.v.Id ?? $"objects[{x.i}]").ToList();
        var messages = string.Join(" | ", verdicts.Where(v => !v.IsValid).Select(v => $"{v.Id}: {v.Message}"));
        if (label.Verdict == "valid")
        {
            Assert.That(rejected, Is.Empty, messages);
        }
        else
        {
            Assert.That(rejected, Is.EquivalentTo(label.BadObjects), messages);
        }
    }

    [TestCase("project")]
    [TestCase("oasis")]
    public void The_attack_bundle_validates_except_its_relationship_modified_before_created(string folder)
    {
        var validator = new StixObjectValidator(PipelineFixtures.Schemas(folder));
        var path = Path.Combine(SharedData.RequireDirectory("stix/real"), "mobile-attack-14.1.json");
        var verdicts = PipelineFixtures.ValidateBundle(validator, File.ReadAllBytes(path), out _);

        var rejected = verdicts.Where(v => !v.IsValid).ToList();
        Assert.That(verdicts, Has.Count.EqualTo(2187));
        Assert.That(rejected, Has.Count.EqualTo(1), string.Join(" | ", rejected.Select(r => $"{r.Id}: {r.Message}")));
        Assert.That(rejected[0].Type, Is.EqualTo("relationship"));
        Assert.That(rejected[0].Message, Does.StartWith("spec.modified-before-created at /modified:"));
    }

    [Test]
    public void Every_object_of_the_oasis_examples_passes_with_the_project_schemas()
    {
        var validator = new StixObjectValidator(PipelineFixtures.Schemas("project"));
        var folder = SharedData.RequireDirectory("stix/oasis-examples");
        foreach (var file in Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            using var doc = JsonDocument.Parse(bytes);
            var objects = doc.RootElement.TryGetProperty("objects", out var list) ? list.EnumerateArray().ToList() : [doc.RootElement];
            foreach (var obj in objects)
            {
                var verdict = validator.Validate(obj, new ValidationContext(AcceptsStix20: false));
                Assert.That(verdict.IsValid, Is.True, $"{Path.GetFileName(file)} {verdict.Id}: {verdict.Message}");
            }
        }
    }
}
