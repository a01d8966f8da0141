using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// STIX 2.1 §7.2.3.1: every granular-marking selector MUST resolve to content present in the object. A selector is
/// property names and bracketed list indexes joined by '.', such as <c>description</c>, <c>labels.[1]</c> or
/// <c>kill_chain_phases.[0].phase_name</c>.
/// </summary>
public sealed class GranularSelectorRule : IValidationRule, IViewRule
{
    public string Id => RuleIds.GranularSelector;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        StixObjectView.CheckOne(this, stixObject, context, problems);

    void IViewRule.Check(StixObjectView view, RuleContext context, List<ValidationProblem> problems)
    {
        if (!view.TryGet("granular_markings"u8, out var markings) || markings.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        Span<char> buffer = stackalloc char[JsonText.BufferLength];
        var markingIndex = 0;
        foreach (var marking in markings.EnumerateArray())
        {
            if (marking.ValueKind == JsonValueKind.Object &&
                marking.TryGetProperty("selectors"u8, out var selectors) && selectors.ValueKind == JsonValueKind.Array)
            {
                var selectorIndex = 0;
                foreach (var selector in selectors.EnumerateArray())
                {
                    if (selector.ValueKind == JsonValueKind.String)
                    {
                        var failure = Resolve(view.Object, JsonText.Chars(selector, buffer));
                        if (failure is not null)
                        {
                            problems.Add(new ValidationProblem(Id,
                                JsonPointer.Of("granular_markings", markingIndex, "selectors", selectorIndex),
                                $"selector {Brief.Quote(selector)} does not resolve to content of this object: {failure}"));
                        }
                    }

                    selectorIndex++;
                }
            }

            markingIndex++;
        }
    }

    /// <summary>Null when the selector resolves; otherwise why not.</summary>
    private static string? Resolve(JsonElement root, ReadOnlySpan<char> selector)
    {
        var current = root;
        var rest = selector;
        while (true)
        {
            var dot = rest.IndexOf('.');
            var step = dot < 0 ? rest : rest[..dot];
            if (step.IsEmpty)
            {
                return "it has an empty step (expected names and list indexes separated by single dots)";
            }

            switch (current.ValueKind)
            {
                case JsonValueKind.Object:
                    if (!current.TryGetProperty(step, out current))
                    {
                        return $"there is no property {Brief.Quote(step)}";
                    }

                    break;

                case JsonValueKind.Array:
                    if (!TryIndex(step, out var index))
                    {
                        return $"{Brief.Quote(step)} selects into a list, so it must be a list index such as '[0]'";
                    }

                    if (index >= current.GetArrayLength())
                    {
                        return $"index {index} is beyond the list's {current.GetArrayLength()} items";
                    }

                    current = current[index];
                    break;

                default:
                    return $"{Brief.Quote(step)} selects into a value that is neither an object nor a list";
            }

            if (dot < 0)
            {
                return null;
            }

            rest = rest[(dot + 1)..];
        }
    }

    /// <summary>Reads <c>[N]</c>: a non-negative decimal index in brackets.</summary>
    private static bool TryIndex(ReadOnlySpan<char> text, out int index)
    {
        index = 0;
        if (text.Length is < 3 or > 11 || text[0] != '[' || text[^1] != ']')
        {
            return false;
        }

        foreach (var c in text[1..^1])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            index = (index * 10) + (c - '0');
        }

        return true;
    }
}
