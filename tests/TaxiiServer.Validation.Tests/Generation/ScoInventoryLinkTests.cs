using System.Text.RegularExpressions;
using TaxiiServer.Testing;

namespace TaxiiServer.Validation.Tests.Generation;

/// <summary>
/// The section 6 inventory and the mutation table name each other: every mutation row is cited by an inventory row,
/// and every mutation an inventory row cites exists, so neither can drift from the other.
/// </summary>
[TestFixture]
public sealed partial class ScoInventoryLinkTests
{
    private static string InventoryPath => SharedData.InRepository("docs/validation-rules/06-scos.csv");

    [Test]
    public void Every_mutation_row_is_cited_by_the_inventory()
    {
        var cited = Cited();
        var section6 = Mutation.Load().Where(m => m.Row.StartsWith("6.", StringComparison.Ordinal)).Select(m => m.Row);

        Assert.That(section6.Where(row => !cited.Contains(row)), Is.Empty, "mutations no inventory row cites");
    }

    [Test]
    public void Every_cited_mutation_exists()
    {
        var rows = Mutation.Load().Select(m => m.Row).ToHashSet(StringComparer.Ordinal);

        Assert.That(Cited().Where(row => !rows.Contains(row)), Is.Empty, "cited mutations missing from mutations.json");
    }

    [Test]
    public void Every_cited_mutation_expects_the_rule_id_of_its_inventory_row()
    {
        var expected = Mutation.Load().ToDictionary(m => m.Row, m => m.Rule, StringComparer.Ordinal);
        var mismatched = new List<string>();
        foreach (var line in File.ReadLines(InventoryPath).Skip(1))
        {
            foreach (Match match in CitedRow().Matches(line))
            {
                var row = match.Groups[1].Value;
                if (expected.TryGetValue(row, out var rule) && !line.Contains("," + rule + ",", StringComparison.Ordinal))
                {
                    mismatched.Add($"{row}: the mutation expects {rule}");
                }
            }
        }

        Assert.That(mismatched, Is.Empty);
    }

    private static HashSet<string> Cited() =>
        File.ReadLines(InventoryPath).SelectMany(line => CitedRow().Matches(line).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"MutationTableTests\.Mutation_is_refused_by_its_row\(([^)]+)\)")]
    private static partial Regex CitedRow();
}
