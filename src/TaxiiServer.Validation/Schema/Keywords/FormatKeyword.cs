using System.Text.Json;

namespace TaxiiServer.Validation.Schema.Keywords;

/// <summary>format, compiled only when format assertion is on and the format is known; applies to strings.</summary>
internal sealed class FormatKeyword(string location, string format, Func<string, bool> check) : KeywordValidator("format", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.String)
        {
            return true;
        }

        var ok = check(instance.GetString()!);
        if (!ok && context.Detailed)
        {
            context.AddError(this, $"string is not a valid {format}");
        }

        return ok;
    }
}
