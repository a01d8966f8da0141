using System.Globalization;
using System.Text.Json;
using TaxiiServer.Validation.Pattern;
using TaxiiServer.Validation.Rules;

namespace TaxiiServer.Validation.Pipeline;

/// <summary>When <c>pattern_type</c> is <c>stix</c>, the indicator's <c>pattern</c> must parse as a STIX pattern.</summary>
internal static class PatternCheck
{
    public const string RuleId = "spec.pattern";

    public static void Check(StixObjectView view, ref List<ValidationProblem>? problems)
    {
        if (!view.TryGet("pattern_type"u8, out var patternType) ||
            patternType.ValueKind != JsonValueKind.String || !patternType.ValueEquals("stix"u8) ||
            !view.TryGet("pattern"u8, out var pattern) || pattern.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var result = StixPatternParser.Parse(pattern.GetString());
        if (!result.IsValid)
        {
            (problems ??= []).Add(new ValidationProblem(RuleId, "/pattern", string.Create(CultureInfo.InvariantCulture,
                $"not a valid STIX pattern at character {result.Error.Position}: {result.Error.Message}")));
        }
    }
}
