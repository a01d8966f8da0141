using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>STIX 2.1 §7.2.3: each granular marking MUST have exactly one of <c>lang</c> and <c>marking_ref</c>.</summary>
public sealed class GranularMarkingExclusiveRule : IValidationRule, IViewRule
{
    public string Id => RuleIds.GranularMarkingExclusive;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        StixObjectView.CheckOne(this, stixObject, context, problems);

    void IViewRule.Check(StixObjectView view, RuleContext context, List<ValidationProblem> problems)
    {
        if (!view.TryGet("granular_markings"u8, out var markings) || markings.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var index = 0;
        foreach (var marking in markings.EnumerateArray())
        {
            if (marking.ValueKind == JsonValueKind.Object)
            {
                var hasLang = marking.TryGetProperty("lang"u8, out _);
                var hasRef = marking.TryGetProperty("marking_ref"u8, out _);
                if (hasLang == hasRef)
                {
                    problems.Add(new ValidationProblem(Id, JsonPointer.Of("granular_markings", index),
                        hasLang
                            ? "a granular marking has both 'lang' and 'marking_ref'; it must have exactly one of them"
                            : "a granular marking has neither 'lang' nor 'marking_ref'; it must have exactly one of them"));
                }
            }

            index++;
        }
    }
}
