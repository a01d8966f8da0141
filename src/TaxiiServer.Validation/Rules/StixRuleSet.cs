using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// The STIX 2.1 MUST rules in the order they run. Runs per object on the ingest hot path: a valid object costs no
/// allocation (the scratch list is per thread and the empty result is shared).
/// </summary>
public sealed class StixRuleSet
{
    [ThreadStatic]
    private static List<ValidationProblem>? scratch;

    private readonly IValidationRule[] rules;

    public StixRuleSet(IReadOnlyList<IValidationRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        this.rules = [.. rules];
    }

    /// <summary>Every rule, cheapest and most basic first.</summary>
    public static StixRuleSet All { get; } = new(
    [
        new BundleInBundleRule(),
        new CustomObjectRule(),
        new CustomPropertyRule(),
        new PropertyNameRule(),
        new EmptyListRule(),
        new EmptyDictionaryRule(),
        new TimestampRule(),
        new ModifiedBeforeCreatedRule(),
        new TimestampOrderRule(),
        new RefTypeRule(),
        new MarkingSelfReferenceRule(),
        new GranularMarkingExclusiveRule(),
        new GranularSelectorRule(),
        new LanguageTagRule(),
        new EncWithoutNameRule(),
        new ScoUuidVersionRule(),
        new ExtensionDefinitionCreatedByRule(),
    ]);

    public IReadOnlyList<IValidationRule> Rules => rules;

    /// <summary>
    /// Every problem the rules find in one object; a shared empty list when there are none. Objects that are not
    /// JSON objects are left to the structural checks.
    /// </summary>
    public IReadOnlyList<ValidationProblem> Check(JsonElement stixObject, RuleContext context)
    {
        var problems = scratch ?? new List<ValidationProblem>();
        scratch = null;
        try
        {
            Check(stixObject, context, problems);
            return problems.Count == 0 ? Array.Empty<ValidationProblem>() : problems.ToArray();
        }
        finally
        {
            problems.Clear();
            scratch = problems;
        }
    }

    /// <summary>Appends every problem the rules find in one object to <paramref name="problems"/>.</summary>
    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problems);
        if (stixObject.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var rule in rules)
        {
            rule.Check(stixObject, context, problems);
        }
    }
}
