using System.Text.Json;
using TaxiiServer.Validation.Rules;
using TaxiiServer.Validation.Schema;
using TaxiiServer.Validation.Structural;

namespace TaxiiServer.Validation.Pipeline;

/// <summary>
/// The validation pipeline for one object: the structural checks the store needs, then (policy permitting) the
/// schema of the object's own type, then the specification's MUST rules and the STIX pattern grammar. Every
/// problem is collected, so a partner sees all that is wrong with an object at once.
/// </summary>
public sealed class StixObjectValidator(StixSchemaSet schemas) : IObjectValidator
{
    private readonly StixRuleSet _rules = StixRuleSet.All;

    private readonly StructuralValidator _structure = new();

    public ObjectVerdict Validate(JsonElement stixObject, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Every stage reads the object's top-level properties through one view, built once.
        var view = StixObjectView.Rent(stixObject);
        try
        {
            return Validate(view, context);
        }
        finally
        {
            StixObjectView.Return(view);
        }
    }

    private ObjectVerdict Validate(StixObjectView view, ValidationContext context)
    {
        var verdict = _structure.Validate(view, context);
        // The schemas and MUST rules are STIX 2.1's; a STIX 2.0 object (accepted only by collections that take 2.0)
        // gets the structural checks alone rather than being judged by rules it was never written to.
        if (context.Policy.Mode == ValidationMode.Off || view.Object.ValueKind != JsonValueKind.Object ||
            verdict.SpecVersion == Core.Stix.SpecVersion.V20)
        {
            return verdict;
        }

        // Allocated only when something is wrong: valid objects pass without a list.
        List<ValidationProblem>? found = null;

        // The type as characters finds its compiled schema without building a string.
        Span<char> buffer = stackalloc char[JsonText.BufferLength];
        if (view.TryGet("type"u8, out var typeValue) && typeValue.ValueKind == JsonValueKind.String)
        {
            var hasTimestamps = view.Has("created"u8) || view.Has("modified"u8);
            var result = schemas.For(JsonText.Chars(typeValue, buffer), hasTimestamps).Evaluate(view.Object);
            foreach (var error in result.Errors)
            {
                (found ??= []).Add(new ValidationProblem("schema." + error.Keyword, error.InstancePointer, error.Message));
            }
        }

        if (context.Policy.Mode == ValidationMode.Strict)
        {
            var ruleContext = context.Policy.AcceptCustomObjects && context.Policy.AcceptCustomProperties
                ? RuleContext.Default
                : new RuleContext(context.Policy.AcceptCustomObjects, context.Policy.AcceptCustomProperties);
            var broken = _rules.Check(view, ruleContext);
            if (broken.Count > 0)
            {
                (found ??= []).AddRange(broken);
            }

            PatternCheck.Check(view, ref found);
        }

        return found is null ? verdict : verdict.WithProblems(Merge(verdict.Problems, found));
    }

    // The structural checks and the schema can both object to the same property (a malformed id, say); identical
    // messages are reported once.
    private static List<ValidationProblem> Merge(IReadOnlyList<ValidationProblem> structural, List<ValidationProblem> found)
    {
        var seen = new HashSet<ValidationProblem>();
        var result = new List<ValidationProblem>(structural.Count + found.Count);
        foreach (var problem in structural.Concat(found))
        {
            if (seen.Add(problem))
            {
                result.Add(problem);
            }
        }

        return result;
    }
}
