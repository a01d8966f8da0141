using System.Text.Json;
using TaxiiServer.Testing;
using TaxiiServer.Validation.Pipeline;
using TaxiiServer.Validation.Rules;
using TaxiiServer.Validation.Structural;

namespace TaxiiServer.Validation.Tests.Rules;

/// <summary>
/// The rules against labelled and real data in ../shared/stix: every object of a valid bundle passes, and every
/// object a <c>spec</c>-basis label names is rejected (by the rules, or for an id/type mismatch by the structural
/// checks, which own that rule) while its neighbours pass.
/// </summary>
public class CorpusRulesTests
{
    private static readonly StructuralValidator Structural = new();
    private static readonly ValidationContext Stix21 = new(AcceptsStix20: false);

    private static readonly string[] SpecOnlyFiles =
    [
        "valid-all-sdo-types.json", "valid-all-sco-types.json", "valid-sco-predefined-extensions.json",
        "valid-relationships-and-sightings.json", "valid-statement-and-granular-markings.json",
        "valid-tlp-markings.json", "valid-language-content.json", "valid-timestamp-precision.json",
    ];

    [Test]
    public void Every_object_of_the_valid_public_bundles_passes_all_rules()
    {
        var folder = SharedData.RequireDirectory("stix/corpus-public");
        var files = Directory.GetFiles(folder, "valid-*.json");
        Assert.That(files, Is.Not.Empty);
        AssertAllPass(files, RuleContext.Default);
    }

    [Test]
    public void Every_object_of_the_oasis_examples_passes_all_rules()
    {
        var folder = SharedData.RequireDirectory("stix/oasis-examples");
        var files = Directory.GetFiles(folder, "*.json");
        Assert.That(files, Is.Not.Empty);
        AssertAllPass(files, RuleContext.Default);
    }

    [Test]
    public void Bundles_without_custom_content_pass_even_when_custom_content_is_refused()
    {
        var folder = SharedData.RequireDirectory("stix/corpus-public");
        AssertAllPass(SpecOnlyFiles.Select(f => Path.Combine(folder, f)), new RuleContext(false, false));
        AssertAllPass(Directory.GetFiles(SharedData.RequireDirectory("stix/oasis-examples"), "*.json"), new RuleContext(false, false));
    }

    [Test]
    public void The_custom_content_bundle_is_refused_when_custom_content_is_not_accepted()
    {
        var folder = SharedData.RequireDirectory("stix/corpus-public");
        var problems = ProblemsById(Path.Combine(folder, "valid-custom-object-and-properties.json"), new RuleContext(false, false));
        var all = problems.Values.SelectMany(p => p).ToList();
        Assert.That(all, Has.Some.StartsWith("spec.custom-object at /type: type 'x-acme-widget'"));
        Assert.That(all, Has.Some.StartsWith("spec.custom-property at /x_"));
    }

    [TestCaseSource(nameof(SpecLabels))]
    public void Spec_labelled_bundles_get_their_verdict(string file, string badObjects)
    {
        var folder = SharedData.RequireDirectory("stix/corpus-public");
        var bad = badObjects.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var problems = ProblemsById(Path.Combine(folder, file), RuleContext.Default, withStructural: true);
        Assert.Multiple(() =>
        {
            foreach (var (id, found) in problems)
            {
                if (bad.Contains(id))
                {
                    Assert.That(found, Is.Not.Empty, $"{file}: {id} is labelled invalid but passed");
                }
                else
                {
                    Assert.That(found, Is.Empty, $"{file}: {id} is valid but was rejected");
                }
            }

            Assert.That(bad.Where(id => !problems.ContainsKey(id)), Is.Empty, "labelled ids missing from the bundle");
        });
    }

    [TestCaseSource(nameof(ObjectLevelLabels))]
    public void Neighbours_of_the_labelled_bad_objects_pass_all_rules(string file, string badObjects)
    {
        // Whatever makes the labelled object invalid (schema or spec), the other objects of the file are valid: a
        // rule that rejects one of them is wrong.
        var folder = SharedData.RequireDirectory("stix/corpus-public");
        var bad = badObjects.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var rejected = ProblemsById(Path.Combine(folder, file), RuleContext.Default)
            .Where(p => !bad.Contains(p.Key))
            .SelectMany(p => p.Value.Select(v => $"{p.Key}: {v}"));
        Assert.That(rejected, Is.Empty);
    }

    // Schema-labelled files whose defect is also a MUST rule: the rules catch them without the schemas.
    [TestCase("invalid-custom-property-uppercase-start.json", "intrusion-set--cd9e5d04-6d2e-46b4-bd2e-bf39fb23684b", "spec.property-name at /X_Acme_Score")]
    [TestCase("invalid-empty-list.json", "campaign--2014ae6c-a60a-483e-8a2f-bdaedcdf2de0", "spec.empty-list at /aliases")]
    [TestCase("invalid-sighting-where-sighted-wrong-type.json", "sighting--b4a6367a-7ab8-4818-8200-f7252802c568", "spec.ref-type at /where_sighted_refs/0")]
    [TestCase("invalid-created-by-ref-not-identity.json", "indicator--356ee024-7b41-4201-b80e-760750a55c36", "spec.ref-type at /created_by_ref")]
    [TestCase("invalid-granular-selector-not-present.json", "tool--8072f4c2-9ca9-449f-b01d-ac2507cb4406", "spec.granular-selector at /granular_markings/0/selectors/0")]
    [TestCase("invalid-modified-before-created.json", "indicator--b797c44d-1737-487e-be7b-6c5de0ccf040", "spec.modified-before-created at /modified")]
    public void Labelled_defects_that_are_must_rules_are_reported_by_their_rule(string file, string id, string expected)
    {
        var folder = SharedData.RequireDirectory("stix/corpus-public");
        var problems = ProblemsById(Path.Combine(folder, file), RuleContext.Default)[id];
        Assert.That(problems, Has.Count.EqualTo(1), string.Join(Environment.NewLine, problems));
        Assert.That(problems[0], Does.StartWith(expected + ": "));
    }

    [Test]
    public void The_attack_bundle_has_exactly_one_object_modified_before_created()
    {
        var folder = SharedData.RequireDirectory("stix/real");
        var problems = ProblemsById(Path.Combine(folder, "mobile-attack-14.1.json"), RuleContext.Default);
        var rejected = problems.Where(p => p.Value.Count > 0).ToList();

        Assert.That(problems, Has.Count.EqualTo(2187));
        Assert.That(rejected, Has.Count.EqualTo(1), string.Join(Environment.NewLine, rejected.SelectMany(r => r.Value)));
        Assert.That(rejected[0].Key, Does.StartWith("relationship--"));
        Assert.That(rejected[0].Value, Has.Count.EqualTo(1));
        Assert.That(rejected[0].Value[0], Does.StartWith("spec.modified-before-created at /modified: "));
        Assert.That(rejected[0].Value[0], Does.Contain("is earlier than 'created'"));
    }

    private static IEnumerable<TestCaseData> SpecLabels() => Labels(columns => columns[2] == "spec");

    private static IEnumerable<TestCaseData> ObjectLevelLabels() =>
        Labels(columns => columns[3] == "object" && columns[0].EndsWith(".json", StringComparison.Ordinal));

    private static IEnumerable<TestCaseData> Labels(Func<string[], bool> wanted)
    {
        var labels = SharedData.Root is null ? null : Path.Combine(SharedData.Root, "stix", "corpus-public", "labels.tsv");
        if (labels is null || !File.Exists(labels))
        {
            // Still yields a case so the skip is visible in the report rather than the test vanishing.
            yield return new TestCaseData("(labels.tsv absent)", "").SetArgDisplayNames("shared data absent");
            yield break;
        }

        foreach (var line in File.ReadLines(labels).Skip(1))
        {
            var columns = line.Split('\t');
            if (columns.Length > 4 && wanted(columns))
            {
                yield return new TestCaseData(columns[0], columns[4]);
            }
        }
    }

    private static void AssertAllPass(IEnumerable<string> files, RuleContext context)
    {
        var failures = new List<string>();
        foreach (var file in files)
        {
            foreach (var (id, found) in ProblemsById(file, context))
            {
                failures.AddRange(found.Select(p => $"{Path.GetFileName(file)} {id}: {p}"));
            }
        }

        Assert.That(failures, Is.Empty);
    }

    /// <summary>The rendered problems of each object of a bundle (or of a single-object file), by id.</summary>
    private static Dictionary<string, List<string>> ProblemsById(string file, RuleContext context, bool withStructural = false)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        var root = document.RootElement;
        var objects = root.TryGetProperty("objects", out var list) ? list.EnumerateArray().ToList() : [root];
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < objects.Count; i++)
        {
            var obj = objects[i];
            var key = obj.TryGetProperty("id", out var id) ? id.GetString()! : $"objects[{i}]";
            var problems = new List<ValidationProblem>();
            if (withStructural)
            {
                problems.AddRange(Structural.Validate(obj, Stix21).Problems);
            }

            StixRuleSet.All.Check(obj, context, problems);
            if (result.TryGetValue(key, out var existing))
            {
                existing.AddRange(problems.Select(p => p.ToString())); // versions of one object share an id
            }
            else
            {
                result[key] = problems.ConvertAll(p => p.ToString());
            }
        }

        return result;
    }
}
