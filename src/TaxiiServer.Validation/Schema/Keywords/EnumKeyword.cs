using System.Text;
using System.Text.Json;

namespace TaxiiServer.Validation.Schema.Keywords;

/// <summary>"enum" and "const". All-string lists compare UTF-8 bytes against the instance without allocating.</summary>
internal sealed class EnumKeyword : KeywordValidator
{
    private readonly JsonElement[] values;
    private readonly byte[][]? utf8Strings;
    private readonly string shown;

    public EnumKeyword(string keyword, string location, JsonElement[] values)
        : base(keyword, location)
    {
        this.values = values;
        if (values.All(v => v.ValueKind == JsonValueKind.String))
        {
            utf8Strings = [.. values.Select(v => Encoding.UTF8.GetBytes(v.GetString()!))];
        }

        var listed = string.Join(", ", values.Take(8).Select(v => v.GetRawText()));
        shown = values.Length > 8 ? listed + ", ..." : listed;
    }

    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (Matches(instance))
        {
            return true;
        }

        if (context.Detailed)
        {
            context.AddError(this, Keyword == "const" ? $"value must be {shown}" : $"value must be one of {shown}");
        }

        return false;
    }

    private bool Matches(in JsonElement instance)
    {
        if (utf8Strings is not null)
        {
            if (instance.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            foreach (var candidate in utf8Strings)
            {
                if (instance.ValueEquals(candidate))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var candidate in values)
        {
            if (JsonValues.DeepEquals(instance, candidate))
            {
                return true;
            }
        }

        return false;
    }
}
