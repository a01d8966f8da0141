using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// STIX 2.1 §6.14: each entry of a software object's <c>languages</c> MUST be an RFC 5646 language code. ISO 639-2
/// codes such as <c>eng</c> are well-formed RFC 5646 primary subtags, so they pass, as the OASIS checker lets them.
/// </summary>
public sealed class SoftwareLanguageRule : IValidationRule, IViewRule
{
    private static readonly StixType Software = StixTypes.Get("software");

    public string Id => RuleIds.SoftwareLanguageTag;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        StixObjectView.CheckOne(this, stixObject, context, problems);

    void IViewRule.Check(StixObjectView view, RuleContext context, List<ValidationProblem> problems)
    {
        if (view.Type != Software || !view.TryGet("languages"u8, out var languages) || languages.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        Span<char> buffer = stackalloc char[JsonText.BufferLength];
        var index = 0;
        foreach (var language in languages.EnumerateArray())
        {
            if (language.ValueKind == JsonValueKind.String && !LanguageTag.IsWellFormed(JsonText.Chars(language, buffer)))
            {
                problems.Add(new ValidationProblem(Id, JsonPointer.Of("languages", index),
                    $"{Brief.Quote(language)} is not a language tag; expected an RFC 5646 language code such as 'en', 'de-CH' or 'zh-Hant-TW'"));
            }

            index++;
        }
    }
}
