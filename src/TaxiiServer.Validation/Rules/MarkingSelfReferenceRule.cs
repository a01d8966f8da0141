using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>STIX 2.1 §7.2.1: a marking-definition MUST NOT mark itself (object_marking_refs or granular marking_ref).</summary>
public sealed class MarkingSelfReferenceRule : IValidationRule, IViewRule
{
    public string Id => RuleIds.MarkingSelfReference;

    private static readonly StixType MarkingDefinition = StixTypes.Get("marking-definition");

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        StixObjectView.CheckOne(this, stixObject, context, problems);

    void IViewRule.Check(StixObjectView view, RuleContext context, List<ValidationProblem> problems)
    {
        if (view.Type != MarkingDefinition || !view.TryGet("id"u8, out var id) || !JsonText.TryRawUtf8(id, out var self))
        {
            return;
        }

        if (view.TryGet("object_marking_refs"u8, out var refs) && refs.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in refs.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.ValueEquals(self))
                {
                    problems.Add(new ValidationProblem(Id, JsonPointer.Of("object_marking_refs", index),
                        "a marking-definition must not reference itself in object_marking_refs"));
                }

                index++;
            }
        }

        if (view.TryGet("granular_markings"u8, out var markings) && markings.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var marking in markings.EnumerateArray())
            {
                if (marking.ValueKind == JsonValueKind.Object &&
                    marking.TryGetProperty("marking_ref"u8, out var markingRef) &&
                    markingRef.ValueKind == JsonValueKind.String && markingRef.ValueEquals(self))
                {
                    problems.Add(new ValidationProblem(Id, JsonPointer.Of("granular_markings", index, "marking_ref"),
                        "a marking-definition must not reference itself in a granular marking"));
                }

                index++;
            }
        }
    }
}
