using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// Collection policy: when <see cref="RuleContext.AcceptsCustomProperties"/> is false, top-level properties that
/// STIX 2.1 does not define for the object's (spec-defined) type are rejected. Objects using a
/// <c>toplevel-property-extension</c> are exempt: their extra properties are defined by that extension, which this
/// per-object check cannot see. Custom object types have no spec property list and are the custom-object rule's concern.
/// </summary>
public sealed class CustomPropertyRule : IValidationRule, IViewRule
{
    public string Id => RuleIds.CustomProperty;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        StixObjectView.CheckOne(this, stixObject, context, problems);

    void IViewRule.Check(StixObjectView view, RuleContext context, List<ValidationProblem> problems)
    {
        if (context.AcceptsCustomProperties)
        {
            return;
        }

        if (view.Type is not { } type || !SpecProperties.ByType.TryGetValue(type.Name, out var defined) || UsesTopLevelExtension(view))
        {
            return;
        }

        Span<char> nameBuffer = stackalloc char[JsonText.BufferLength];
        var lookup = defined.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < view.Count; i++)
        {
            var property = view[i];
            if (!lookup.Contains(JsonText.Name(property, nameBuffer)))
            {
                problems.Add(new ValidationProblem(Id, JsonPointer.Of(property.Name),
                    $"property {Brief.Quote(property.Name)} is not defined by STIX 2.1 for a {type} and this collection does not accept custom properties"));
            }
        }
    }

    private static bool UsesTopLevelExtension(StixObjectView view)
    {
        if (!view.TryGet("extensions"u8, out var extensions) || extensions.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var extension in extensions.EnumerateObject())
        {
            if (extension.Value.ValueKind == JsonValueKind.Object &&
                extension.Value.TryGetProperty("extension_type"u8, out var kind) &&
                kind.ValueEquals("toplevel-property-extension"u8))
            {
                return true;
            }
        }

        return false;
    }
}
