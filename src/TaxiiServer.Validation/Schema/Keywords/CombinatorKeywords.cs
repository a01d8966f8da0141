using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TaxiiServer.Validation.Schema.Keywords;

/// <summary>allOf, and the single-target in-place applicators $ref (a one-element allOf in effect).</summary>
internal sealed class AllOfKeyword(string keyword, string location, SchemaNode[] schemas) : KeywordValidator(keyword, location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var ok = true;
        foreach (var schema in schemas)
        {
            if (!schema.Evaluate(instance, context, evaluated))
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
/// anyOf / oneOf. Branch errors are not copied out one by one: a failure is reported as one error whose message
/// summarises the first problem of each branch, which keeps large unions (STIX hashes, bundle objects) readable.
/// </summary>
internal sealed class AlternativesKeyword(string keyword, string location, SchemaNode[] schemas) : KeywordValidator(keyword, location)
{
    private const int BranchesShown = 4;

    private bool ExactlyOne => Keyword == "oneOf";

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var errors = context.Errors;
        List<List<SchemaError>>? branchErrors = errors is null ? null : [];
        var matches = 0;
        var first = -1;
        for (var i = 0; i < schemas.Length; i++)
        {
            var branchSet = evaluated is null ? null : new EvaluatedSet();
            List<SchemaError>? branch = errors is null ? null : [];
            context.Errors = branch;
            var matched = schemas[i].Evaluate(instance, context, branchSet);
            context.Errors = errors;
            branchErrors?.Add(branch!);
            if (!matched)
            {
                continue;
            }

            matches++;
            if (branchSet is not null)
            {
                evaluated!.Merge(branchSet);
            }

            if (first < 0)
            {
                first = i;
            }
            else if (ExactlyOne)
            {
                context.AddError(this, $"value matches more than one alternative ({first} and {i}); exactly one is allowed");
                return false;
            }

            // anyOf needs every branch only to collect annotations for unevaluated*.
            if (!ExactlyOne && evaluated is null)
            {
                return true;
            }
        }

        if (matches > 0)
        {
            return true;
        }

        if (errors is not null)
        {
            context.AddError(this, Summarise(branchErrors!));
        }

        return false;
    }

    private static string Summarise(List<List<SchemaError>> branches)
    {
        var builder = new StringBuilder("value matches none of the ")
            .Append(branches.Count.ToString(CultureInfo.InvariantCulture)).Append(" alternatives");
        for (var i = 0; i < branches.Count && i < BranchesShown; i++)
        {
            var firstError = branches[i].Count > 0 ? branches[i][0] : null;
            builder.Append(i == 0 ? ": " : "; ").Append('[').Append(i.ToString(CultureInfo.InvariantCulture)).Append("] ");
            builder.Append(firstError is null ? "failed" : $"{(firstError.InstancePointer.Length == 0 ? "/" : firstError.InstancePointer)} {firstError.Message}");
        }

        if (branches.Count > BranchesShown)
        {
            builder.Append("; ...");
        }

        return builder.ToString();
    }
}

/// <summary>not: the subschema must fail; its own errors are not reported.</summary>
internal sealed class NotKeyword(string location, SchemaNode schema) : KeywordValidator("not", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var errors = context.Errors;
        context.Errors = null;
        var matched = schema.Evaluate(instance, context, null);
        context.Errors = errors;
        if (matched)
        {
            context.AddError(this, "value must not match the schema in 'not'");
        }

        return !matched;
    }
}

/// <summary>if/then/else: the condition's failures are not errors; then/else report their own.</summary>
internal sealed class ConditionalKeyword(string location, SchemaNode condition, SchemaNode? then, SchemaNode? otherwise) : KeywordValidator("if", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var errors = context.Errors;
        context.Errors = null;
        var conditionSet = evaluated is null ? null : new EvaluatedSet();
        var holds = condition.Evaluate(instance, context, conditionSet);
        context.Errors = errors;
        if (holds && conditionSet is not null)
        {
            evaluated!.Merge(conditionSet);
        }

        var branch = holds ? then : otherwise;
        return branch is null || branch.Evaluate(instance, context, evaluated);
    }
}
