using System.Text.Json;

namespace TaxiiServer.Validation.Schema.Keywords;

/// <summary>minItems / maxItems.</summary>
internal sealed class ItemCountKeyword(string keyword, string location, long limit) : KeywordValidator(keyword, location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var count = instance.GetArrayLength();
        var ok = Keyword == "minItems" ? count >= limit : count <= limit;
        if (!ok && context.Detailed)
        {
            context.AddError(this, Keyword == "minItems"
                ? $"array must have at least {limit} items (has {count})"
                : $"array must have at most {limit} items (has {count})");
        }

        return ok;
    }
}

/// <summary>uniqueItems: no two items equal by JSON value (1 and 1.0 are equal).</summary>
internal sealed class UniqueItemsKeyword(string location) : KeywordValidator("uniqueItems", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var count = instance.GetArrayLength();
        for (var i = 0; i < count; i++)
        {
            for (var j = i + 1; j < count; j++)
            {
                if (JsonValues.DeepEquals(instance[i], instance[j]))
                {
                    context.AddError(this, $"items {i} and {j} are equal; items must be unique");
                    return false;
                }
            }
        }

        return true;
    }
}

/// <summary>prefixItems, then items for the rest (starting after the prefix).</summary>
internal sealed class ItemsKeyword(string keyword, string location, SchemaNode[] prefix, SchemaNode? rest, int skip, bool forbidden)
    : KeywordValidator(keyword, location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var count = instance.GetArrayLength();
        var ok = true;
        var start = rest is null ? 0 : skip;
        var end = rest is null ? Math.Min(prefix.Length, count) : count;
        if (forbidden && start < count)
        {
            context.AddError(this, $"array may have at most {start} items (has {count})");
            return false;
        }

        for (var i = start; i < end; i++)
        {
            var schema = rest ?? prefix[i];
            if (context.Detailed)
            {
                context.PushPath(i);
            }

            var matched = schema.Evaluate(instance[i], context, null);
            if (context.Detailed)
            {
                context.PopPath();
            }

            if (!matched)
            {
                ok = false;
                if (!context.Detailed)
                {
                    return false;
                }
            }
        }

        if (ok && evaluated is not null)
        {
            if (rest is null)
            {
                evaluated.AddItemPrefix(end);
            }
            else
            {
                evaluated.AddAllItems();
            }
        }

        return ok;
    }
}

/// <summary>contains with minContains (default 1) and maxContains.</summary>
internal sealed class ContainsKeyword(string location, SchemaNode schema, long min, long? max) : KeywordValidator("contains", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var errors = context.Errors;
        context.Errors = null;
        var matches = 0;
        var count = instance.GetArrayLength();
        for (var i = 0; i < count; i++)
        {
            if (schema.Evaluate(instance[i], context, null))
            {
                matches++;
                evaluated?.AddItem(i);
                if (evaluated is null && errors is null && max is null && matches >= min)
                {
                    break;
                }
            }
        }

        context.Errors = errors;
        if (matches < min)
        {
            context.AddError(this, $"array must contain at least {min} matching item(s) (has {matches})");
            return false;
        }

        if (matches > max)
        {
            context.AddError(this, $"array must contain at most {max} matching item(s) (has {matches})");
            return false;
        }

        return true;
    }
}

/// <summary>unevaluatedItems: items no successful keyword of this schema (or its in-place subschemas) evaluated.</summary>
internal sealed class UnevaluatedItemsKeyword(string location, SchemaNode schema) : KeywordValidator("unevaluatedItems", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var ok = true;
        var count = instance.GetArrayLength();
        for (var i = 0; i < count; i++)
        {
            if (evaluated!.IsItemEvaluated(i))
            {
                continue;
            }

            if (context.Detailed)
            {
                context.PushPath(i);
            }

            var matched = schema.Evaluate(instance[i], context, null);
            if (context.Detailed)
            {
                context.PopPath();
            }

            if (!matched)
            {
                ok = false;
                if (!context.Detailed)
                {
                    return false;
                }
            }
        }

        if (ok)
        {
            evaluated!.AddAllItems();
        }

        return ok;
    }
}
