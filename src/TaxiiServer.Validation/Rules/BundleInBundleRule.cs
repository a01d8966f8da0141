using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>A bundle is a transport wrapper, not a STIX object, so an envelope or bundle cannot carry one.</summary>
public sealed class BundleInBundleRule : IValidationRule, IViewRule
{
    public string Id => RuleIds.BundleInBundle;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        StixObjectView.CheckOne(this, stixObject, context, problems);

    void IViewRule.Check(StixObjectView view, RuleContext context, List<ValidationProblem> problems)
    {
        if (view.Type?.Category == StixCategory.Bundle)
        {
            problems.Add(new ValidationProblem(Id, "/type",
                "a bundle is not a STIX object and cannot be sent inside another bundle or envelope; send its objects instead"));
        }
    }
}
