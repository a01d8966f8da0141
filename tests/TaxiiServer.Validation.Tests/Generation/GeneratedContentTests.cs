using System.Text.Json;
using TaxiiServer.Testing;
using TaxiiServer.Validation.Pipeline;
using TaxiiServer.Validation.Tests.Pipeline;

namespace TaxiiServer.Validation.Tests.Generation;

/// <summary>The generator's content: it covers every kind of STIX 2.1 content, and the validator accepts all of it.</summary>
[TestFixture]
public sealed class GeneratedContentTests
{
    private static readonly StixObjectValidator Validator = new(PipelineFixtures.Schemas("project"));

    [Test]
    public void The_fixture_alone_covers_every_kind_of_content()
    {
        var produced = ContentGenerator.All(includeShared: false).SelectMany(o => Kinds(o.Json)).ToHashSet(StringComparer.Ordinal);

        Assert.That(ContentKinds.Required.Where(k => !produced.Contains(k)), Is.Empty, "kinds the fixture does not produce");
    }

    [Test]
    public void Fixture_seed_names_are_unique() =>
        Assert.That(SeedSources.Fixture().Select(s => s.Name), Is.Unique);

    [TestCase("fixture")]
    [TestCase("oasis-examples")]
    [TestCase("attack")]
    public void Every_generated_object_is_accepted(string source)
    {
        if (source != SeedSources.FixtureSource)
        {
            SharedData.RequireDirectory(source == "attack" ? "stix/real" : "stix/oasis-examples");
        }

        var objects = ContentGenerator.All().Where(o => o.Source.StartsWith(source, StringComparison.Ordinal)).ToList();
        var refused = new List<string>();
        foreach (var generated in objects)
        {
            using var document = JsonDocument.Parse(generated.Json);
            var verdict = Validator.Validate(document.RootElement, new ValidationContext(AcceptsStix20: false));
            if (!verdict.IsValid)
            {
                refused.Add($"{generated}: {verdict.Message}");
            }
        }

        Assert.That(objects, Is.Not.Empty);
        Assert.That(refused, Is.Empty);
    }

    [Test]
    public void Derived_objects_are_produced_for_each_predefined_extension_alone()
    {
        var alone = ContentGenerator.All(includeShared: false).Where(o => o.Source.Contains(" with only ", StringComparison.Ordinal)).ToList();

        Assert.That(alone.Select(o => o.Source), Does.Contain("fixture with only windows-service-ext"));
        Assert.That(alone.Select(o => o.Source), Does.Contain("fixture with only tcp-ext"));
    }

    private static List<string> Kinds(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ContentKinds.Of(document.RootElement).ToList();
    }
}
