using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// Collection policy: when <see cref="RuleContext.AcceptsCustomObjects"/> is false, objects whose type the STIX 2.1
/// specification does not define are rejected. (Type name syntax is a structural check.)
/// </summary>
public sealed class CustomObjectRule : IValidationRule
{
    public string Id => RuleIds.CustomObject;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems)
    {
        if (context.AcceptsCustomObjects)
        {
            return;
        }

        Span<char> buffer = stackalloc char[JsonText.BufferLength];
        var type = JsonText.Property(stixObject, "type"u8, buffer);
        if (!type.IsEmpty && StixTypes.IsCustom(type))
        {
            problems.Add(new ValidationProblem(Id, "/type",
                $"type {Brief.Quote(type)} is not defined by STIX 2.1 and this collection does not accept custom objects"));
        }
    }
}
