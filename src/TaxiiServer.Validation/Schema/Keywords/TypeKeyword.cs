using System.Text.Json;

namespace TaxiiServer.Validation.Schema.Keywords;

/// <summary>"type": one name or a list of names; "integer" accepts any number with a zero fraction (1.0).</summary>
internal sealed class TypeKeyword(string location, TypeKeyword.Kinds allowed, string names) : KeywordValidator("type", location)
{
    [Flags]
    public enum Kinds
    {
        None = 0,
        Null = 1,
        Boolean = 2,
        Object = 4,
        Array = 8,
        Number = 16,
        String = 32,
        Integer = 64,
    }

    public static Kinds Parse(string name) => name switch
    {
        "null" => Kinds.Null,
        "boolean" => Kinds.Boolean,
        "object" => Kinds.Object,
        "array" => Kinds.Array,
        "number" => Kinds.Number,
        "string" => Kinds.String,
        "integer" => Kinds.Integer,
        _ => throw new SchemaLoadException($"Unknown type name '{name}'."),
    };

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var ok = instance.ValueKind switch
        {
            JsonValueKind.Object => (allowed & Kinds.Object) != 0,
            JsonValueKind.Array => (allowed & Kinds.Array) != 0,
            JsonValueKind.String => (allowed & Kinds.String) != 0,
            JsonValueKind.Number => (allowed & Kinds.Number) != 0
                || ((allowed & Kinds.Integer) != 0 && JsonValues.IsInteger(instance)),
            JsonValueKind.True or JsonValueKind.False => (allowed & Kinds.Boolean) != 0,
            JsonValueKind.Null => (allowed & Kinds.Null) != 0,
            _ => false,
        };
        if (!ok && context.Detailed)
        {
            context.AddError(this, $"expected {names} but found {JsonValues.Describe(instance.ValueKind)}");
        }

        return ok;
    }
}
