using System.Text.Json;
using TaxiiServer.Validation.Pipeline;
using TaxiiServer.Validation.Tests.Pipeline;

namespace TaxiiServer.Validation.Tests.Generation;

/// <summary>
/// Both directions of every inventory row in the mutation table: the seed is accepted, and the seed changed so that
/// it breaks exactly that row is refused by that row alone, with its rule id and JSON pointer in the message.
/// </summary>
[TestFixture]
public sealed class MutationTableTests
{
    private static readonly StixObjectValidator Validator = new(PipelineFixtures.Schemas("project"));

    public static IEnumerable<TestCaseData> Rows() =>
        Mutation.Load().Select(m => new TestCaseData(m).SetName($"Mutation_is_refused_by_its_row({m.Row})"));

    [TestCaseSource(nameof(Rows))]
    public void Mutation_is_refused_by_its_row(Mutation mutation)
    {
        var seed = ContentGenerator.Seed(mutation.Seed);
        Assert.That(Validate(seed.Json).Problems, Is.Empty, $"the seed {seed.Name} must be valid");

        var verdict = Validate(mutation.Apply(seed));
        var expected = $"{mutation.Rule} at {(mutation.At.Length == 0 ? "/" : mutation.At)}: ";

        Assert.That(verdict.Problems, Is.Not.Empty, "the mutation must be refused");
        Assert.That(verdict.Problems.Select(p => p.RuleId), Is.SubsetOf(mutation.Also.Append(mutation.Rule)), verdict.Message);
        Assert.That(verdict.Problems.Select(p => p.RuleId), Does.Contain(mutation.Rule), verdict.Message);
        Assert.That(verdict.Message, Does.Contain(expected));
    }

    [Test]
    public void Row_names_are_unique() => Assert.That(Mutation.Load().Select(m => m.Row), Is.Unique);

    private static ObjectVerdict Validate(string json)
    {
        // The verdict reads its element, so the document stays alive for the test (small objects; collected after).
        var document = JsonDocument.Parse(json);
        return Validator.Validate(document.RootElement, new ValidationContext(AcceptsStix20: false));
    }
}
