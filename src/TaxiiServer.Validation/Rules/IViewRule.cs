using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// A rule that reads the object through the <see cref="StixObjectView"/> its rule set built once, instead of looking
/// each property up in the JSON again. Its public <see cref="IValidationRule.Check"/> builds a view of its own.
/// </summary>
internal interface IViewRule
{
    /// <summary>As <see cref="IValidationRule.Check"/>, over a view of a JSON object.</summary>
    void Check(StixObjectView view, RuleContext context, List<ValidationProblem> problems);
}
