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
    private readonly Step[] steps;

    public StixRuleSet(IReadOnlyList<IValidationRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        this.rules = [.. rules];
        steps = Plan(this.rules);
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
        new HashAlgorithmRule(), // a tree rule: it shares the walk above, so it stays next to them
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

        // Section 6 (cyber-observable objects).
        new MediaTypeRule(),
        new SoftwareLanguageRule(),
        new EmailHeaderDecodedRule(),
    ]);

    public IReadOnlyList<IValidationRule> Rules => rules;

    /// <summary>
    /// Every problem the rules find in one object; a shared empty list when there are none. Objects that are not
    /// JSON objects are left to the structural checks.
    /// </summary>
    public IReadOnlyList<ValidationProblem> Check(JsonElement stixObject, RuleContext context)
    {
        if (stixObject.ValueKind != JsonValueKind.Object)
        {
            return Array.Empty<ValidationProblem>();
        }

        var view = StixObjectView.Rent(stixObject);
        try
        {
            return Check(view, context);
        }
        finally
        {
            StixObjectView.Return(view);
        }
    }

    /// <summary>As <see cref="Check(JsonElement, RuleContext)"/>, over a view of a JSON object that the caller built.</summary>
    internal IReadOnlyList<ValidationProblem> Check(StixObjectView view, RuleContext context)
    {
        var problems = scratch ?? new List<ValidationProblem>();
        scratch = null;
        try
        {
            Check(view, context, problems);
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

        var view = StixObjectView.Rent(stixObject);
        try
        {
            Check(view, context, problems);
        }
        finally
        {
            StixObjectView.Return(view);
        }
    }

    /// <summary>As <see cref="Check(JsonElement, RuleContext, List{ValidationProblem})"/>, over a view of a JSON object that the caller built.</summary>
    internal void Check(StixObjectView view, RuleContext context, List<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var step in steps)
        {
            if (step.View is { } viewRule)
            {
                viewRule.Check(view, context, problems);
            }
            else if (step.Walk is { } walk)
            {
                walk.Run(view.Object, problems);
            }
            else
            {
                step.Rule!.Check(view.Object, context, problems);
            }
        }
    }

    // The tree rules share one walk when they sit together in the list (so their problems keep the list's order);
    // rules that can read the shared view do so; any other rule gets the element.
    private static Step[] Plan(IValidationRule[] rules)
    {
        var tree = Array.FindAll(rules, r => r is ITreeRule);
        var first = Array.FindIndex(rules, r => r is ITreeRule);
        var together = tree.Length > 1 && Array.FindLastIndex(rules, r => r is ITreeRule) - first == tree.Length - 1;
        var steps = new List<Step>(rules.Length);
        for (var i = 0; i < rules.Length; i++)
        {
            if (together && rules[i] is ITreeRule)
            {
                if (i == first)
                {
                    steps.Add(new Step(null, new ObjectTreeWalk(tree.Cast<ITreeRule>()), null));
                }
            }
            else if (rules[i] is IViewRule viewRule)
            {
                steps.Add(new Step(viewRule, null, null));
            }
            else
            {
                steps.Add(new Step(null, null, rules[i]));
            }
        }

        return [.. steps];
    }

    private readonly record struct Step(IViewRule? View, ObjectTreeWalk? Walk, IValidationRule? Rule);
}
