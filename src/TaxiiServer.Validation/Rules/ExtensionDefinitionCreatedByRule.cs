using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>STIX 2.1 §7.3: an extension-definition MUST name its creator in <c>created_by_ref</c>.</summary>
public sealed class ExtensionDefinitionCreatedByRule : IValidationRule, IViewRule
{
    public string Id => RuleIds.ExtensionDefinitionCreatedBy;

    private static readonly StixType ExtensionDefinition = StixTypes.Get("extension-definition");

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        StixObjectView.CheckOne(this, stixObject, context, problems);

    void IViewRule.Check(StixObjectView view, RuleContext context, List<ValidationProblem> problems)
    {
        if (view.Type == ExtensionDefinition && !view.Has("created_by_ref"u8))
        {
            problems.Add(new ValidationProblem(Id, "/created_by_ref",
                "an extension-definition must have 'created_by_ref' naming the identity that created it"));
        }
    }
}
