using System.Text.Json;
using TaxiiServer.Validation.Schema.Formats;

namespace TaxiiServer.Validation.Schema.Keywords;

/// <summary>format, compiled only when format assertion is on and the format is known; applies to strings.</summary>
internal sealed class FormatKeyword(string location, string format, FormatCheck check) : KeywordValidator("format", location)
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
        var ok = check(JsonValues.Chars(instance, buffer));
        if (!ok && context.Detailed)
        {
            context.AddError(this, $"string is not a valid {format}");
        }

        return ok;
    }
}
