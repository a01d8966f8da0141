using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// <c>lang</c> values (top level and in granular markings) and language-content <c>contents</c> keys MUST be RFC 5646
/// language tags such as <c>en</c>, <c>de-CH</c> or <c>zh-Hant-TW</c>.
/// </summary>
public sealed class LanguageTagRule : IValidationRule, IViewRule
{
    private const string Expected = "expected an RFC 5646 language tag such as 'en', 'de-CH' or 'zh-Hant-TW'";

    public string Id => RuleIds.LanguageTag;

    private static readonly StixType LanguageContent = StixTypes.Get("language-content");

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        StixObjectView.CheckOne(this, stixObject, context, problems);

    void IViewRule.Check(StixObjectView view, RuleContext context, List<ValidationProblem> problems)
    {
        Span<char> buffer = stackalloc char[JsonText.BufferLength];
        if (view.TryGet("lang"u8, out var lang) && lang.ValueKind == JsonValueKind.String &&
            !LanguageTag.IsWellFormed(JsonText.Chars(lang, buffer)))
        {
            problems.Add(new ValidationProblem(Id, "/lang", $"{Brief.Quote(lang)} is not a language tag; {Expected}"));
        }

        if (view.TryGet("granular_markings"u8, out var markings) && markings.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var marking in markings.EnumerateArray())
            {
                if (marking.ValueKind == JsonValueKind.Object && marking.TryGetProperty("lang"u8, out var markingLang) &&
                    markingLang.ValueKind == JsonValueKind.String && !LanguageTag.IsWellFormed(JsonText.Chars(markingLang, buffer)))
                {
                    problems.Add(new ValidationProblem(Id, JsonPointer.Of("granular_markings", index, "lang"),
                        $"{Brief.Quote(markingLang)} is not a language tag; {Expected}"));
                }

                index++;
            }
        }

        if (view.Type == LanguageContent && view.TryGet("contents"u8, out var contents) && contents.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in contents.EnumerateObject())
            {
                if (!LanguageTag.IsWellFormed(JsonText.Name(entry, buffer)))
                {
                    problems.Add(new ValidationProblem(Id, JsonPointer.Append("/contents", entry.Name),
                        $"key {Brief.Quote(entry.Name)} of 'contents' is not a language tag; {Expected}"));
                }
            }
        }
    }
}
