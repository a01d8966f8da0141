using System.Text.Json;

namespace TaxiiServer.Validation.Schema.Keywords;

/// <summary>
/// $dynamicRef: when its statically resolved target declares the same $dynamicAnchor, the target is the outermost
/// schema resource in the dynamic scope that declares that anchor; otherwise it behaves as $ref.
/// </summary>
internal sealed class DynamicRefKeyword(string location, SchemaNode initial, string? anchor) : KeywordValidator("$dynamicRef", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var target = initial;
        if (anchor is not null)
        {
            foreach (var resource in context.Scope)
            {
                if (resource.DynamicAnchors is not null && resource.DynamicAnchors.TryGetValue(anchor, out var dynamic))
                {
                    target = dynamic;
                    break;
                }
            }
        }

        return target.Evaluate(instance, context, evaluated);
    }
}
