using System.Globalization;
using System.Text.Json;

namespace TaxiiServer.Validation.Schema.Keywords;

/// <summary>minimum, maximum, exclusiveMinimum, exclusiveMaximum: compared exactly as decimals when possible.</summary>
internal sealed class BoundKeyword : KeywordValidator
{
    private readonly decimal? limitDecimal;
    private readonly double limitDouble;
    private readonly string limitText;

    public BoundKeyword(string keyword, string location, JsonElement limit)
        : base(keyword, location)
    {
        limitDecimal = limit.TryGetDecimal(out var d) ? d : null;
        limitDouble = JsonValues.ToDouble(limit);
        limitText = limit.GetRawText();
    }

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Number)
        {
            return true;
        }

        var comparison = JsonValues.Compare(instance, limitDecimal, limitDouble);
        var (ok, relation) = Keyword switch
        {
            "minimum" => (comparison >= 0, "at least"),
            "maximum" => (comparison <= 0, "at most"),
            "exclusiveMinimum" => (comparison > 0, "greater than"),
            _ => (comparison < 0, "less than"),
        };
        if (!ok && context.Detailed)
        {
            context.AddError(this, $"number must be {relation} {limitText}");
        }

        return ok;
    }
}

/// <summary>multipleOf: exact with decimals; with doubles, a finite integral quotient.</summary>
internal sealed class MultipleOfKeyword : KeywordValidator
{
    private readonly decimal? divisorDecimal;
    private readonly double divisorDouble;

    public MultipleOfKeyword(string location, JsonElement divisor)
        : base("multipleOf", location)
    {
        divisorDecimal = divisor.TryGetDecimal(out var d) ? d : null;
        divisorDouble = JsonValues.ToDouble(divisor);
    }

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Number)
        {
            return true;
        }

        bool ok;
        if (divisorDecimal is decimal divisor && instance.TryGetDecimal(out var value))
        {
            ok = value % divisor == 0m;
        }
        else
        {
            var quotient = JsonValues.ToDouble(instance) / divisorDouble;
            ok = double.IsFinite(quotient) && Math.Floor(quotient) == quotient;
        }

        if (!ok && context.Detailed)
        {
            context.AddError(this, "number must be a multiple of " + divisorDouble.ToString(CultureInfo.InvariantCulture));
        }

        return ok;
    }
}
