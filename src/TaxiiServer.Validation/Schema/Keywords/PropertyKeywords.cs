using System.Text.Json;
using TaxiiServer.Validation.Json;

namespace TaxiiServer.Validation.Schema.Keywords;

/// <summary>
/// The "properties" of one schema object, looked up by raw UTF-8 name (see <see cref="Utf8NameTable{T}"/>). Shared by
/// properties and additionalProperties (which must know the sibling names).
/// </summary>
internal sealed class PropertyTable(Dictionary<string, SchemaNode> byName)
{
    private readonly Utf8NameTable<SchemaNode> table = new(byName);

    public int Count => table.Count;

    /// <summary>The schema for an instance property's name, and the name as the schema spells it.</summary>
    public bool TryGet(in JsonProperty property, out string name, out SchemaNode schema) => table.TryGet(property, out name, out schema);
}

/// <summary>properties: each listed property present in the instance must match its schema.</summary>
internal sealed class PropertiesKeyword(string location, PropertyTable table) : KeywordValidator("properties", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object || table.Count == 0)
        {
            return true;
        }

        var ok = true;
        foreach (var property in instance.EnumerateObject())
        {
            if (!table.TryGet(property, out var name, out var schema))
            {
                continue;
            }

            if (context.Detailed)
            {
                context.PushPath(name);
            }

            var matched = schema.Evaluate(property.Value, context, null);
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

            evaluated?.AddProperty(name);
        }

        return ok;
    }
}

/// <summary>patternProperties: properties whose names match a regex must match its schema.</summary>
internal sealed class PatternPropertiesKeyword(string location, (SchemaPattern Pattern, SchemaNode Schema)[] entries) : KeywordValidator("patternProperties", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        Span<char> buffer = stackalloc char[256];
        var ok = true;
        foreach (var property in instance.EnumerateObject())
        {
            var name = JsonValues.NameChars(property, buffer);
            foreach (var (pattern, schema) in entries)
            {
                if (!pattern.IsMatch(name))
                {
                    continue;
                }

                if (context.Detailed)
                {
                    context.PushPath(property.Name);
                }

                var matched = schema.Evaluate(property.Value, context, null);
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

                evaluated?.AddProperty(property.Name);
            }
        }

        return ok;
    }
}
