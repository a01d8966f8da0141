using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>A bundle is a transport wrapper, not a STIX object, so an envelope or bundle cannot carry one.</summary>
public sealed class BundleInBundleRule : IValidationRule
{
    public string Id => RuleIds.BundleInBundle;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems)
    {
        if (stixObject.ValueKind == JsonValueKind.Object &&
            stixObject.TryGetProperty("type"u8, out var type) &&
            type.ValueKind == JsonValueKind.String && type.ValueEquals("bundle"u8))
        {
            problems.Add(new ValidationProblem(Id, "/type",
                "a bundle is not a STIX object and cannot be sent inside another bundle or envelope; send its objects instead"));
        }
    }
}
