using System.Text;
using System.Text.Json;
using TaxiiServer.Validation.Json;

namespace TaxiiServer.Validation.Schema.Keywords;

/// <summary>minProperties / maxProperties.</summary>
internal sealed class PropertyCountKeyword(string keyword, string location, long limit) : KeywordValidator(keyword, location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var count = instance.GetPropertyCount();
        var ok = Keyword == "minProperties" ? count >= limit : count <= limit;
        if (!ok && context.Detailed)
        {
            context.AddError(this, Keyword == "minProperties"
                ? $"object must have at least {limit} properties (has {count})"
                : $"object must have at most {limit} properties (has {count})");
        }

        return ok;
    }
}

/// <summary>required; each missing property is reported at its own pointer.</summary>
internal sealed class RequiredKeyword(string location, string[] names) : KeywordValidator("required", location)
{
    private readonly byte[][] utf8Names = [.. names.Select(Encoding.UTF8.GetBytes)];

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var ok = true;
        for (var i = 0; i < utf8Names.Length; i++)
        {
            if (!instance.TryGetProperty(utf8Names[i], out _))
            {
                ok = false;
                if (!context.Detailed)
                {
                    return false;
                }

                context.AddError(this, $"required property '{names[i]}' is missing", names[i]);
            }
        }

        return ok;
    }
}

/// <summary>dependentRequired: when a property is present, others must be too.</summary>
internal sealed class DependentRequiredKeyword(string location, (string Trigger, string[] Required)[] rules) : KeywordValidator("dependentRequired", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var ok = true;
        foreach (var (trigger, required) in rules)
        {
            if (!instance.TryGetProperty(trigger, out _))
            {
                continue;
            }

            foreach (var name in required)
            {
                if (!instance.TryGetProperty(name, out _))
                {
                    ok = false;
                    if (!context.Detailed)
                    {
                        return false;
                    }

                    context.AddError(this, $"property '{name}' is required when '{trigger}' is present", name);
                }
            }
        }

        return ok;
    }
}

/// <summary>dependentSchemas: when a property is present, the whole object must match a schema.</summary>
internal sealed class DependentSchemasKeyword(string location, (string Trigger, SchemaNode Schema)[] rules) : KeywordValidator("dependentSchemas", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var ok = true;
        foreach (var (trigger, schema) in rules)
        {
            if (instance.TryGetProperty(trigger, out _) && !schema.Evaluate(instance, context, evaluated))
            {
                ok = false;
                if (!context.Detailed)
                {
                    return false;
                }
            }
        }

        return ok;
    }
}

/// <summary>
/// propertyNames: every property name, as a string instance, must match a schema. The project's STIX schemas use it
/// on every object, so verdicts are remembered per name (names repeat endlessly: "type", "id", "created", ...). They
/// are read from an immutable UTF-8 name table, rebuilt when a remembered name is missing from it, so the common
/// case neither decodes nor hashes the name. The memory is bounded: past <see cref="MaxRemembered"/> names (an
/// attacker can invent any number) further names are judged each time.
/// </summary>
internal sealed class PropertyNamesKeyword(string location, SchemaNode schema) : KeywordValidator("propertyNames", location)
{
    private const int MaxRemembered = 4096;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> verdicts = new(StringComparer.Ordinal);
    private volatile Snapshot known = new(new Utf8NameTable<bool>([]), 0);
    private int remembered;

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var table = known.Table;
        var ok = true;
        foreach (var property in instance.EnumerateObject())
        {
            if (!table.TryGet(property, out _, out var matched))
            {
                matched = Recall(property, context);
            }

            if (!matched)
            {
                ok = false;
                if (!context.Detailed)
                {
                    return false;
                }

                context.AddError(this, $"property name '{property.Name}' is not allowed", property.Name);
            }
        }

        return ok;
    }

    /// <summary>A name the table does not hold: remembered since it was built, or judged now.</summary>
    private bool Recall(in JsonProperty property, EvaluationContext context)
    {
        Span<char> buffer = stackalloc char[JsonValues.StackLimit];
        if (verdicts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(JsonValues.NameChars(property, buffer), out var matched))
        {
            // The table is stale; rebuilding it at most once per remembered name keeps the cost bounded.
            var current = Volatile.Read(ref remembered);
            if (known.Remembered != current)
            {
                known = new Snapshot(new Utf8NameTable<bool>(new Dictionary<string, bool>(verdicts, StringComparer.Ordinal)), current);
            }

            return matched;
        }

        matched = Judge(property.Name, context);
        if (Volatile.Read(ref remembered) < MaxRemembered && verdicts.TryAdd(property.Name, matched))
        {
            Interlocked.Increment(ref remembered);
        }

        return matched;
    }

    private bool Judge(string name, EvaluationContext context)
    {
        // The name is evaluated as a JSON string instance; annotations and errors of that inner run are not kept.
        var element = JsonSerializer.SerializeToElement(name, SchemaJsonContext.Default.String);
        var errors = context.Errors;
        context.Errors = null;
        var matched = schema.Evaluate(element, context, null);
        context.Errors = errors;
        return matched;
    }

    /// <summary>The remembered verdicts as a lookup table, and how many names had been remembered when it was built.</summary>
    private sealed record Snapshot(Utf8NameTable<bool> Table, int Remembered);
}
