using System.Text.Json;

namespace TaxiiServer.Validation.Schema.Keywords;

/// <summary>
/// additionalProperties: properties matched by neither sibling properties nor patternProperties. When the schema
/// has both, this keyword also applies the patternProperties schemas in the same pass, so each name is matched
/// against each regex once (the STIX custom-property rules run that pair on every property of every object).
/// </summary>
internal sealed class AdditionalPropertiesKeyword(
    string location, PropertyTable? siblings, (SchemaPattern Pattern, SchemaNode Schema)[] patterns, SchemaNode schema, bool forbidden)
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
            var matched = siblings is not null && siblings.TryGet(property, out _, out _);
            var name = patterns.Length > 0 ? JsonValues.NameChars(property, buffer) : default;
            foreach (var (pattern, patternSchema) in patterns)
            {
                if (!pattern.IsMatch(name))
                {
                    continue;
                }

                matched = true;
                if (!EvaluateChild(this, property, patternSchema, false, context, string.Empty))
                {
                    ok = false;
                    if (!context.Detailed)
                    {
                        return false;
                    }
                }

                evaluated?.AddProperty(property.Name);
            }

            if (matched)
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
