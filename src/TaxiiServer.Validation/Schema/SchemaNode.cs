using System.Text.Json;

namespace TaxiiServer.Validation.Schema;

/// <summary>A schema resource (a document root or a subschema with "$id"): the unit of the dynamic scope.</summary>
internal sealed class SchemaResource(string uri)
{
    public string Uri { get; } = uri;

    /// <summary>The resource's own $dynamicAnchors, compiled; null when it declares none.</summary>
    public Dictionary<string, SchemaNode>? DynamicAnchors { get; set; }
}

/// <summary>One compiled (sub)schema: a boolean, or a list of keyword validators run in order.</summary>
internal sealed class SchemaNode(string location, SchemaResource resource)
{
    private KeywordValidator[] keywords = [];
    private bool? constant;
    private bool tracksEvaluated;

    /// <summary>Absolute location (resource URI + "#" + pointer), used in error reports.</summary>
    public string Location { get; } = location;

    public SchemaResource Resource { get; } = resource;

    public void SetBoolean(bool value) => constant = value;

    /// <summary>Sets the keywords; <paramref name="tracksEvaluated"/> when one is unevaluatedProperties/Items.</summary>
    public void SetKeywords(KeywordValidator[] validators, bool tracksEvaluated)
    {
        keywords = validators;
        this.tracksEvaluated = tracksEvaluated;
    }

    /// <summary>
    /// Evaluates the instance. <paramref name="evaluated"/>, when given, receives the properties/items this schema
    /// evaluated (the caller discards it if the schema fails).
    /// </summary>
    public bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (constant is bool value)
        {
            if (!value && context.Detailed)
            {
                context.Errors!.Add(new SchemaError("false", context.InstancePointer, Location, "no value is allowed here (schema is false)"));
            }

            return value;
        }

        // unevaluated* only see their own schema's annotations, so such a schema collects into a fresh set.
        var local = tracksEvaluated ? new EvaluatedSet() : evaluated;
        var pushed = context.Enter(Resource);
        var valid = true;

        // No try/finally: an exception abandons the whole evaluation and the context is reset when returned.
        foreach (var keyword in keywords)
        {
            if (!keyword.Evaluate(instance, context, local))
            {
                valid = false;
                if (!context.Detailed)
                {
                    break;
                }
            }
        }

        context.Leave(pushed);
        if (valid && tracksEvaluated && evaluated is not null)
        {
            evaluated.Merge(local!);
        }

        return valid;
    }
}

/// <summary>A compiled keyword. Validators are immutable and shared across threads.</summary>
internal abstract class KeywordValidator(string keyword, string location)
{
    public string Keyword { get; } = keyword;

    /// <summary>Absolute keyword location for error reports.</summary>
    public string Location { get; } = location;

    /// <summary>Runs the keyword. Must report errors through the context when it is detailed.</summary>
    public abstract bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated);
}
