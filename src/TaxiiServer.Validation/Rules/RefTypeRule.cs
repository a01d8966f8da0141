using System.Globalization;
using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// STIX 2.1 embedded references MUST point at objects of the types the specification names for each property
/// (created_by_ref → identity, object_marking_refs → marking-definition, relationship ends → SDO or SCO, ...; see
/// <see cref="RefTypeTable"/>). Judged from the referenced id's type prefix; values that are not identifiers at all
/// are reported too.
/// </summary>
public sealed class RefTypeRule : IValidationRule, IViewRule
{
    public string Id => RuleIds.RefType;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        StixObjectView.CheckOne(this, stixObject, context, problems);

    void IViewRule.Check(StixObjectView view, RuleContext context, List<ValidationProblem> problems)
    {
        Span<char> buffer = stackalloc char[JsonText.BufferLength];
        foreach (var spec in RefTypeTable.Common)
        {
            Visit(view, spec, buffer, problems);
        }

        if (view.Type is { } type && RefTypeTable.ByTypeIndex[type.Index] is { } specs)
        {
            foreach (var spec in specs)
            {
                Visit(view, spec, buffer, problems);
            }
        }
    }

    private void Visit(StixObjectView view, RefSpec spec, Span<char> buffer, List<ValidationProblem> problems)
    {
        if (view.TryGet(spec.Utf8Path[0], out var first))
        {
            Visit(first, spec, 1, -1, buffer, problems);
        }
    }

    private void Visit(JsonElement current, RefSpec spec, int step, int listIndex, Span<char> buffer, List<ValidationProblem> problems)
    {
        if (step == spec.Path.Length)
        {
            CheckValue(current, spec, listIndex, buffer, problems);
            return;
        }

        if (spec.Path[step] == "*")
        {
            if (current.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in current.EnumerateArray())
                {
                    Visit(item, spec, step + 1, index++, buffer, problems);
                }
            }

            return;
        }

        if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(spec.Utf8Path[step], out var next))
        {
            Visit(next, spec, step + 1, listIndex, buffer, problems);
        }
    }

    private void CheckValue(JsonElement value, RefSpec spec, int listIndex, Span<char> buffer, List<ValidationProblem> problems)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            CheckId(value, spec, listIndex, -1, buffer, problems);
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    CheckId(item, spec, listIndex, index, buffer, problems);
                }

                index++;
            }
        }
    }

    private void CheckId(JsonElement value, RefSpec spec, int listIndex, int itemIndex, Span<char> buffer, List<ValidationProblem> problems)
    {
        // The common case, an accepted reference without escapes, is judged on the UTF-8 as it stands.
        if (JsonText.TryRawUtf8(value, out var utf8) && IdText.TrySplit(utf8, out var utf8Type, out _) &&
            spec.Target.Accepts(StixTypes.Find(utf8Type)))
        {
            return;
        }

        var id = JsonText.Chars(value, buffer);
        if (IdText.TrySplit(id, out var targetType, out _))
        {
            if (spec.Target.Accepts(StixTypes.Find(targetType)))
            {
                return;
            }

            problems.Add(new ValidationProblem(Id, Pointer(spec, listIndex, itemIndex),
                $"'{spec.PropertyName}' must reference {spec.Target.Description}, but {Brief.Quote(id)} is {RefTarget.WithArticle(targetType)}"));
            return;
        }

        problems.Add(new ValidationProblem(Id, Pointer(spec, listIndex, itemIndex),
            $"'{spec.PropertyName}' must hold identifiers of the form <type>--<UUID>, not {Brief.Quote(id)}"));
    }

    private static string Pointer(RefSpec spec, int listIndex, int itemIndex)
    {
        var tokens = new List<string>(spec.Path.Length + 1);
        foreach (var token in spec.Path)
        {
            tokens.Add(token == "*" ? listIndex.ToString(CultureInfo.InvariantCulture) : token);
        }

        if (itemIndex >= 0)
        {
            tokens.Add(itemIndex.ToString(CultureInfo.InvariantCulture));
        }

        return JsonPointer.FromTokens(tokens);
    }
}
