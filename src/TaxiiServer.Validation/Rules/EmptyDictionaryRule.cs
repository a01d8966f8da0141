using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// STIX 2.1 §2.12: dictionaries MUST NOT be empty (omit the property instead). Every empty JSON object below the
/// top level is reported: each spec-defined nested object type also requires at least one property.
/// </summary>
public sealed class EmptyDictionaryRule : IValidationRule, IEmptyValueVisitor
{
    private readonly ObjectTreeWalk walk;

    public EmptyDictionaryRule() => walk = new ObjectTreeWalk([this]);

    public string Id => RuleIds.EmptyDictionary;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        walk.Run(stixObject, problems);

    void IEmptyValueVisitor.VisitEmpty(JsonValueKind kind, JsonPath path, List<ValidationProblem> problems)
    {
        if (kind == JsonValueKind.Object)
        {
            problems.Add(new ValidationProblem(Id, path.ToPointer(),
                "an empty dictionary or object is not allowed: omit the property or give it at least one entry"));
        }
    }
}
