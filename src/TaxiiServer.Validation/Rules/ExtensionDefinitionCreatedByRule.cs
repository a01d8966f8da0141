using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>STIX 2.1 §7.3: an extension-definition MUST name its creator in <c>created_by_ref</c>.</summary>
public sealed class ExtensionDefinitionCreatedByRule : IValidationRule
{
    public string Id => RuleIds.ExtensionDefinitionCreatedBy;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems)
    {
        if (stixObject.ValueKind == JsonValueKind.Object &&
            stixObject.TryGetProperty("type"u8, out var type) && type.ValueEquals("extension-definition"u8) &&
            !stixObject.TryGetProperty("created_by_ref"u8, out _))
        {
            problems.Add(new ValidationProblem(Id, "/created_by_ref",
                "an extension-definition must have 'created_by_ref' naming the identity that created it"));
        }
    }
}
