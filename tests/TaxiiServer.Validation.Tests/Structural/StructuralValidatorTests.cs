using System.Text.Json;
using TaxiiServer.Validation.Pipeline;
using TaxiiServer.Validation.Structural;

namespace TaxiiServer.Validation.Tests.Structural;

public class StructuralValidatorTests
{
    private static readonly StructuralValidator Validator = new();
    private static readonly ValidationContext Stix21Only = new(AcceptsStix20: false);

    private static ObjectVerdict Validate(string json, ValidationContext? context = null)
    {
        using var doc = JsonDocument.Parse(json);
        return Validator.Validate(doc.RootElement.Clone(), context ?? Stix21Only);
    }

    private const string Indicator = """
        {"type":"indicator","spec_version":"2.1","id":"indicator--d81f86b9-975b-4c0b-875e-810c5ad45a4f",
         "created":"2026-01-01T00:00:00.000Z","modified":"2026-01-02T00:00:00.000Z",
         "pattern":"[ipv4-addr:value = '1.2.3.4']","pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"}
        """;

    [Test]
    public void A_well_formed_object_is_valid_and_versioned_by_modified()
    {
        var verdict = Validate(Indicator);
        Assert.That(verdict.IsValid, Is.True, verdict.Message);
        Assert.That(verdict.Version!.Text, Is.EqualTo("2026-01-02T00:00:00.000Z"));
        Assert.That(verdict.SpecVersion, Is.EqualTo("2.1"));
    }

    [Test]
    public void An_sco_without_timestamps_has_no_version_yet()
    {
        var verdict = Validate("""{"type":"ipv4-addr","spec_version":"2.1","id":"ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd","value":"198.51.100.23"}""");
        Assert.That(verdict.IsValid, Is.True, verdict.Message);
        Assert.That(verdict.Version, Is.Null);
    }

    [TestCase("""[1,2]""", "structure.object")] // an array where an object belongs
    [TestCase("""{"spec_version":"2.1","id":"indicator--d81f86b9-975b-4c0b-875e-810c5ad45a4f"}""", "structure.required at /type")]
    [TestCase("""{"type":"indicator","spec_version":"2.1"}""", "structure.required at /id: required property missing")]
    [TestCase("""{"type":"malware","spec_version":"2.1","id":"indicator--d81f86b9-975b-4c0b-875e-810c5ad45a4f","created":"2026-01-01T00:00:00Z","modified":"2026-01-01T00:00:00Z"}""", "structure.id-type at /id")]
    [TestCase("""{"type":"indicator","spec_version":"2.1","id":"indicator--1234","created":"2026-01-01T00:00:00Z","modified":"2026-01-01T00:00:00Z"}""", "structure.id at /id")]
    [TestCase("""{"type":"indicator","spec_version":"2.2","id":"indicator--d81f86b9-975b-4c0b-875e-810c5ad45a4f","created":"2026-01-01T00:00:00Z","modified":"2026-01-01T00:00:00Z"}""", "structure.spec-version")]
    [TestCase("""{"type":"indicator","spec_version":"2.1","id":"indicator--d81f86b9-975b-4c0b-875e-810c5ad45a4f","created":"2026-01-01T00:00:00Z","modified":"2026-02-30T00:00:00Z"}""", "structure.timestamp at /modified")] // not a real date
    [TestCase("""{"type":"indicator","spec_version":"2.1","id":"indicator--d81f86b9-975b-4c0b-875e-810c5ad45a4f"}""", "structure.version")] // an SDO needs created/modified
    [TestCase("""{"type":"Indicator","spec_version":"2.1","id":"Indicator--d81f86b9-975b-4c0b-875e-810c5ad45a4f"}""", "structure.type")]
    public void Malformed_objects_are_rejected_with_rule_and_location(string json, string expected)
    {
        var verdict = Validate(json);
        Assert.That(verdict.IsValid, Is.False);
        Assert.That(verdict.Message, Does.Contain(expected));
    }

    [Test]
    public void Every_problem_of_an_object_is_reported()
    {
        var verdict = Validate("""{"type":"indicator","spec_version":"2.0","id":"bad"}""");
        Assert.That(verdict.Problems.Select(p => p.RuleId), Is.SupersetOf(new[] { "structure.id", "structure.spec-version", "structure.version" }));
    }

    [Test]
    public void An_sco_without_spec_version_is_stix_2_1_since_2_0_had_no_top_level_observables()
    {
        var verdict = Validate("""{"type":"ipv4-addr","id":"ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd","value":"198.51.100.23"}""");
        Assert.That(verdict.IsValid, Is.True, verdict.Message);
        Assert.That(verdict.SpecVersion, Is.EqualTo("2.1"));
    }

    [Test]
    public void A_stix_2_0_object_is_accepted_only_where_the_collection_takes_2_0()
    {
        const string stix20 = """{"type":"indicator","id":"indicator--d81f86b9-975b-4c0b-875e-810c5ad45a4f","created":"2016-01-01T00:00:00.000Z","modified":"2016-01-01T00:00:00.000Z"}""";
        var rejected = Validate(stix20);
        var accepted = Validate(stix20, new ValidationContext(AcceptsStix20: true));
        Assert.Multiple(() =>
        {
            Assert.That(rejected.IsValid, Is.False);
            Assert.That(rejected.Message, Does.Contain("STIX 2.0"));
            Assert.That(accepted.IsValid, Is.True, accepted.Message);
            Assert.That(accepted.SpecVersion, Is.EqualTo("2.0"));
        });
    }

    [Test]
    public void The_verdict_reads_id_type_and_version_from_the_object()
    {
        var verdict = Validate("""
            {"type":"indic\u0061tor","spec_version":"2.1","id":"indicator--d81f86b9-975b-4c0b-875e-810c5ad45a4f",
             "created":"2026-01-01T00:00:00.5Z","modified":"2026-02-30T00:00:00Z"}
            """);
        Assert.Multiple(() =>
        {
            Assert.That(verdict.Id, Is.EqualTo("indicator--d81f86b9-975b-4c0b-875e-810c5ad45a4f"));
            Assert.That(verdict.Type, Is.EqualTo("indicator"), "escapes are decoded");
            Assert.That(verdict.Version!.Text, Is.EqualTo("2026-01-01T00:00:00.5Z"), "an invalid modified falls back to created");
            Assert.That(verdict.Version.SortKey, Is.EqualTo("2026-01-01T00:00:00.500000000Z"));
            Assert.That(verdict.Message, Does.Contain("structure.timestamp at /modified"));
        });
    }

    [Test]
    public void A_valid_object_is_judged_without_building_strings()
    {
        using var doc = JsonDocument.Parse(Indicator);
        var root = doc.RootElement;
        for (var i = 0; i < 100; i++)
        {
            Validator.Validate(root, Stix21Only); // warm up: static tables, the thread's view
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            Validator.Validate(root, Stix21Only);
        }

        // The verdict itself (48 bytes on x64) and nothing else: no id, type or version strings.
        Assert.That((GC.GetAllocatedBytesForCurrentThread() - before) / 1000.0, Is.LessThanOrEqualTo(64));
    }
}
