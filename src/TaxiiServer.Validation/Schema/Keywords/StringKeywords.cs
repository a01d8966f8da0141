using System.Text.Json;

namespace TaxiiServer.Validation.Schema.Keywords;

/// <summary>minLength / maxLength, counted in Unicode code points.</summary>
internal sealed class LengthKeyword(string keyword, string location, long limit) : KeywordValidator(keyword, location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.String)
        {
            return true;
        }

        var length = JsonValues.CodePointLength(instance);
        var ok = Keyword == "minLength" ? length >= limit : length <= limit;
        if (!ok && context.Detailed)
        {
            context.AddError(this, Keyword == "minLength"
                ? $"string must be at least {limit} characters long (is {length})"
                : $"string must be at most {limit} characters long (is {length})");
        }

        return ok;
    }
}

/// <summary>pattern: an unanchored search with a pattern compiled once (see <see cref="SchemaPattern"/>).</summary>
internal sealed class PatternKeyword(string location, SchemaPattern pattern) : KeywordValidator("pattern", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.String)
        {
            return true;
        }

        // Sized to the string (stackalloc zeroes what it takes); longer strings are decoded to the heap.
        var bound = JsonValues.CharsBound(instance);
        Span<char> buffer = bound <= JsonValues.StackLimit ? stackalloc char[bound] : default;
        var ok = pattern.IsMatch(JsonValues.Chars(instance, buffer));
        if (!ok && context.Detailed)
        {
            context.AddError(this, $"string does not match pattern {pattern.Source}");
        }

        return ok;
    }
}
