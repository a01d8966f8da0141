using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// STIX 2.1 §2.3: lists MUST NOT be empty (omit the property instead). The schemas enforce this for some properties
/// only; this rule reports every empty list anywhere in the object.
/// </summary>
public sealed class EmptyListRule : IValidationRule
{
    public string Id => RuleIds.EmptyList;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems)
    {
        if (stixObject.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var path = JsonPath.Rent();
        try
        {
            EmptyValueWalker.Walk(stixObject, JsonValueKind.Array, path, problems, this,
                "an empty list is not allowed: omit the property or give it at least one item");
        }
        finally
        {
            JsonPath.Return(path);
        }
    }
}
