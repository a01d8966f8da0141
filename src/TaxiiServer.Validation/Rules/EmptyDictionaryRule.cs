using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// STIX 2.1 §2.12: dictionaries MUST NOT be empty (omit the property instead). Every empty JSON object below the
/// top level is reported: each spec-defined nested object type also requires at least one property.
/// </summary>
public sealed class EmptyDictionaryRule : IValidationRule
{
    public string Id => RuleIds.EmptyDictionary;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems)
    {
        if (stixObject.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var path = JsonPath.Rent();
        try
        {
            EmptyValueWalker.Walk(stixObject, JsonValueKind.Object, path, problems, this,
                "an empty dictionary or object is not allowed: omit the property or give it at least one entry");
        }
        finally
        {
            JsonPath.Return(path);
        }
    }
}
