using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// STIX 2.1 §2.3: lists MUST NOT be empty (omit the property instead). The schemas enforce this for some properties
/// only; this rule reports every empty list anywhere in the object.
/// </summary>
public sealed class EmptyListRule : IValidationRule, IEmptyValueVisitor
{
    private readonly ObjectTreeWalk walk;

    public EmptyListRule() => walk = new ObjectTreeWalk([this]);

    public string Id => RuleIds.EmptyList;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        walk.Run(stixObject, problems);

    void IEmptyValueVisitor.VisitEmpty(JsonValueKind kind, JsonPath path, List<ValidationProblem> problems)
    {
        if (kind == JsonValueKind.Array)
        {
            problems.Add(new ValidationProblem(Id, path.ToPointer(),
                "an empty list is not allowed: omit the property or give it at least one item"));
        }
    }
}
