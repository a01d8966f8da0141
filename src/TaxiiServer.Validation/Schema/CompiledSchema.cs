using System.Text.Json;

namespace TaxiiServer.Validation.Schema;

/// <summary>
/// A schema compiled into a tree of keyword validators. Immutable and safe to share across threads. A valid
/// instance is evaluated in one pass without allocating; an invalid one gets a second, detailed pass that
/// collects the errors.
/// </summary>
public sealed class CompiledSchema
{
    private readonly SchemaNode root;

    internal CompiledSchema(SchemaNode root, EvaluationOptions options, string uri)
    {
        this.root = root;
        Options = options;
        Uri = uri;
    }

    /// <summary>The URI the schema was requested under.</summary>
    public string Uri { get; }

    public EvaluationOptions Options { get; }

    /// <summary>Evaluates <paramref name="instance"/>; returns <see cref="SchemaEvaluationResult.Valid"/> or the errors.</summary>
    public SchemaEvaluationResult Evaluate(JsonElement instance)
    {
        var context = EvaluationContext.Rent();
        try
        {
            if (root.Evaluate(instance, context, null))
            {
                return SchemaEvaluationResult.Valid;
            }

            // Second, detailed pass only for invalid instances: the valid path never builds pointers or messages.
            var errors = new List<SchemaError>();
            EvaluationContext.Return(context);
            context = EvaluationContext.Rent();
            context.Errors = errors;
            root.Evaluate(instance, context, null);
            if (errors.Count == 0)
            {
                errors.Add(new SchemaError("schema", string.Empty, root.Location, "value does not match the schema"));
            }

            return new SchemaEvaluationResult(errors);
        }
        finally
        {
            EvaluationContext.Return(context);
        }
    }

    /// <summary>True when <paramref name="instance"/> is valid; never collects errors.</summary>
    public bool IsValid(JsonElement instance)
    {
        var context = EvaluationContext.Rent();
        try
        {
            return root.Evaluate(instance, context, null);
        }
        finally
        {
            EvaluationContext.Return(context);
        }
    }
}
