using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// Collection policy: when <see cref="RuleContext.AcceptsCustomObjects"/> is false, objects whose type the STIX 2.1
/// specification does not define are rejected. (Type name syntax is a structural check.)
/// </summary>
public sealed class CustomObjectRule : IValidationRule, IViewRule
{
    public string Id => RuleIds.CustomObject;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        StixObjectView.CheckOne(this, stixObject, context, problems);

    void IViewRule.Check(StixObjectView view, RuleContext context, List<ValidationProblem> problems)
    {
        if (context.AcceptsCustomObjects)
        {
            return;
        }

        Span<char> buffer = stackalloc char[JsonText.BufferLength];
        var type = view.TypeText(buffer);
        if (!type.IsEmpty && view.Type is null)
        {
            problems.Add(new ValidationProblem(Id, "/type",
                $"type {Brief.Quote(type)} is not defined by STIX 2.1 and this collection does not accept custom objects"));
        }
    }
}
