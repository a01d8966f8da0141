using System.Text.Json;
using System.Text.RegularExpressions;

namespace TaxiiServer.Validation.Schema.Keywords;

/// <summary>
/// The "properties" of one schema object, looked up by name span so that walking an instance allocates nothing.
/// Shared by properties and additionalProperties (which must know the sibling names).
/// </summary>
internal sealed class PropertyTable
{
    private readonly Dictionary<string, SchemaNode> byName;
    private readonly Dictionary<string, SchemaNode>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public PropertyTable(Dictionary<string, SchemaNode> byName)
    {
        this.byName = byName;
        lookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => byName.Count;

    public bool TryGet(ReadOnlySpan<char> name, out string key, out SchemaNode schema) => lookup.TryGetValue(name, out key!, out schema!);
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

        Span<char> buffer = stackalloc char[256];
        var ok = true;
        foreach (var property in instance.EnumerateObject())
        {
            if (!table.TryGet(JsonValues.NameChars(property, buffer), out var name, out var schema))
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
internal sealed class PatternPropertiesKeyword(string location, (Regex Pattern, SchemaNode Schema)[] entries) : KeywordValidator("patternProperties", location)
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

/// <summary>additionalProperties: properties matched by neither sibling properties nor patternProperties.</summary>
internal sealed class AdditionalPropertiesKeyword(string location, PropertyTable? siblings, Regex[] patterns, SchemaNode schema, bool forbidden)
    : KeywordValidator("additionalProperties", location)
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
            if ((siblings is not null && siblings.TryGet(name, out _, out _)) || MatchesAny(name))
            {
                continue;
            }

            if (!EvaluateChild(this, property, schema, forbidden, context, "additional property '{0}' is not allowed"))
            {
                ok = false;
                if (!context.Detailed)
                {
                    return false;
                }
            }

            evaluated?.AddProperty(property.Name);
        }

        return ok;
    }

    /// <summary>Evaluates one property value; a "false" schema gets one clear message instead of a generic one.</summary>
    internal static bool EvaluateChild(KeywordValidator keyword, in JsonProperty property, SchemaNode schema, bool forbidden, EvaluationContext context, string forbiddenMessage)
    {
        if (forbidden)
        {
            context.AddError(keyword, string.Format(System.Globalization.CultureInfo.InvariantCulture, forbiddenMessage, property.Name), property.Name);
            return false;
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

        return matched;
    }

    private bool MatchesAny(ReadOnlySpan<char> name)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.IsMatch(name))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>unevaluatedProperties: properties no successful keyword of this schema (or its in-place subschemas) evaluated.</summary>
internal sealed class UnevaluatedPropertiesKeyword(string location, SchemaNode schema, bool forbidden) : KeywordValidator("unevaluatedProperties", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var ok = true;
        foreach (var property in instance.EnumerateObject())
        {
            if (evaluated!.IsPropertyEvaluated(property.Name))
            {
                continue;
            }

            if (!AdditionalPropertiesKeyword.EvaluateChild(this, property, schema, forbidden, context, "unevaluated property '{0}' is not allowed"))
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
            evaluated!.AddAllProperties();
        }

        return ok;
    }
}
