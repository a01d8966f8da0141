using System.Text.Json;
using TaxiiServer.Validation.Schema.Formats;
using TaxiiServer.Validation.Schema.Keywords;

namespace TaxiiServer.Validation.Schema;

/// <summary>The keyword-by-keyword half of the compiler. Unknown keywords are ignored, as the specification asks.</summary>
internal sealed partial class SchemaCompiler
{
    private KeywordValidator[] CompileKeywords(SchemaLocation at, bool validation, out bool tracksEvaluated)
    {
        var schema = at.Element;
        var first = new List<KeywordValidator>();
        var rest = new List<KeywordValidator>();
        var last = new List<KeywordValidator>();
        string Loc(string keyword) => at.BaseUri + "#" + at.ResourcePointer + "/" + JsonPointer.Escape(keyword);

        PropertyTable? properties = null;
        var patterns = new List<(SchemaPattern, SchemaNode)>();
        foreach (var member in schema.EnumerateObject())
        {
            var value = member.Value;
            var name = member.Name;
            switch (name)
            {
                case "$ref":
                    rest.Add(new AllOfKeyword(name, Loc(name), [Resolve(UriText.Resolve(at.BaseUri, value.GetString()!), validation)]));
                    break;
                case "$dynamicRef":
                    rest.Add(CompileDynamicRef(at, value.GetString()!, validation, Loc(name)));
                    break;
                case "allOf":
                    rest.Add(new AllOfKeyword(name, Loc(name), SubArray(at, value, validation, name)));
                    break;
                case "anyOf":
                case "oneOf":
                    rest.Add(new AlternativesKeyword(name, Loc(name), SubArray(at, value, validation, name)));
                    break;
                case "not":
                    rest.Add(new NotKeyword(Loc(name), Sub(at, value, validation, name)));
                    break;
                case "if":
                    rest.Add(new ConditionalKeyword(
                        Loc(name),
                        Sub(at, value, validation, name),
                        schema.TryGetProperty("then", out var then) ? Sub(at, then, validation, "then") : null,
                        schema.TryGetProperty("else", out var otherwise) ? Sub(at, otherwise, validation, "else") : null));
                    break;
                case "dependentSchemas":
                    rest.Add(new DependentSchemasKeyword(Loc(name), [.. value.EnumerateObject().Select(p => (p.Name, Sub(at, p.Value, validation, name, p.Name)))]));
                    break;
                case "properties":
                    properties = new PropertyTable(value.EnumerateObject().ToDictionary(p => p.Name, p => Sub(at, p.Value, validation, name, p.Name), StringComparer.Ordinal));
                    rest.Add(new PropertiesKeyword(Loc(name), properties));
                    break;
                case "patternProperties":
                    foreach (var p in value.EnumerateObject())
                    {
                        patterns.Add((SchemaPattern.Create(p.Name), Sub(at, p.Value, validation, name, p.Name)));
                    }

                    // With additionalProperties present, that keyword applies these in its own pass over the names.
                    if (!schema.TryGetProperty("additionalProperties", out _))
                    {
                        rest.Add(new PatternPropertiesKeyword(Loc(name), [.. patterns]));
                    }

                    break;
                case "propertyNames":
                    rest.Add(new PropertyNamesKeyword(Loc(name), Sub(at, value, validation, name)));
                    break;
                case "prefixItems":
                    rest.Add(new ItemsKeyword(name, Loc(name), SubArray(at, value, validation, name), null, 0, false));
                    break;
                case "items" when value.ValueKind != JsonValueKind.Array:
                    var skip = schema.TryGetProperty("prefixItems", out var prefix) && prefix.ValueKind == JsonValueKind.Array ? prefix.GetArrayLength() : 0;
                    rest.Add(new ItemsKeyword(name, Loc(name), [], Sub(at, value, validation, name), skip, value.ValueKind == JsonValueKind.False));
                    break;
                case "contains":
                    var min = validation && schema.TryGetProperty("minContains", out var minContains) && minContains.ValueKind == JsonValueKind.Number ? (long)JsonValues.ToDouble(minContains) : 1;
                    long? max = validation && schema.TryGetProperty("maxContains", out var maxContains) && maxContains.ValueKind == JsonValueKind.Number ? (long)JsonValues.ToDouble(maxContains) : null;
                    rest.Add(new ContainsKeyword(Loc(name), Sub(at, value, validation, name), min, max));
                    break;
                case "unevaluatedProperties":
                    last.Add(new UnevaluatedPropertiesKeyword(Loc(name), Sub(at, value, validation, name), value.ValueKind == JsonValueKind.False));
                    break;
                case "unevaluatedItems":
                    last.Add(new UnevaluatedItemsKeyword(Loc(name), Sub(at, value, validation, name)));
                    break;
                case "format":
                    if (options.AssertFormat && value.ValueKind == JsonValueKind.String && FormatCheckers.TryGet(value.GetString()!, out var check))
                    {
                        rest.Add(new FormatKeyword(Loc(name), value.GetString()!, check));
                    }

                    break;
                default:
                    if (validation)
                    {
                        CompileAssertion(name, value, Loc(name), first, rest);
                    }

                    break;
            }
        }

        // additionalProperties needs its siblings, whatever order they were written in.
        if (schema.TryGetProperty("additionalProperties", out var additional))
        {
            rest.Add(new AdditionalPropertiesKeyword(
                Loc("additionalProperties"),
                properties,
                [.. patterns],
                Sub(at, additional, validation, "additionalProperties"),
                additional.ValueKind == JsonValueKind.False));
        }

        tracksEvaluated = last.Count > 0;
        return [.. first, .. rest, .. last];
    }

    /// <summary>Assertions of the validation vocabulary; cheap type/enum checks go first so failures stop early.</summary>
    private static void CompileAssertion(string name, JsonElement value, string location, List<KeywordValidator> first, List<KeywordValidator> rest)
    {
        switch (name)
        {
            case "type":
                var kinds = TypeKeyword.Kinds.None;
                var names = value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(v => v.GetString()!)] : new[] { value.GetString()! };
                foreach (var typeName in names)
                {
                    kinds |= TypeKeyword.Parse(typeName);
                }

                first.Add(new TypeKeyword(location, kinds, string.Join(" or ", names)));
                break;
            case "enum":
                first.Add(new EnumKeyword(name, location, [.. value.EnumerateArray()]));
                break;
            case "const":
                first.Add(new EnumKeyword(name, location, [value]));
                break;
            case "minimum":
            case "maximum":
            case "exclusiveMinimum":
            case "exclusiveMaximum":
                rest.Add(new BoundKeyword(name, location, value));
                break;
            case "multipleOf":
                rest.Add(new MultipleOfKeyword(location, value));
                break;
            case "minLength":
            case "maxLength":
                rest.Add(new LengthKeyword(name, location, (long)JsonValues.ToDouble(value)));
                break;
            case "pattern":
                rest.Add(new PatternKeyword(location, SchemaPattern.Create(value.GetString()!)));
                break;
            case "minItems":
            case "maxItems":
                rest.Add(new ItemCountKeyword(name, location, (long)JsonValues.ToDouble(value)));
                break;
            case "uniqueItems" when value.ValueKind == JsonValueKind.True:
                rest.Add(new UniqueItemsKeyword(location));
                break;
            case "minProperties":
            case "maxProperties":
                rest.Add(new PropertyCountKeyword(name, location, (long)JsonValues.ToDouble(value)));
                break;
            case "required":
                rest.Add(new RequiredKeyword(location, [.. value.EnumerateArray().Select(v => v.GetString()!)]));
                break;
            case "dependentRequired":
                rest.Add(new DependentRequiredKeyword(location, [.. value.EnumerateObject().Select(p => (p.Name, p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray()))]));
                break;
        }
    }

    private DynamicRefKeyword CompileDynamicRef(SchemaLocation at, string reference, bool validation, string location)
    {
        var absolute = UriText.Resolve(at.BaseUri, reference);
        var initial = Resolve(absolute, validation);
        var (resourceUri, fragment) = UriText.Split(absolute);

        // Dynamic only when the statically found target itself declares that $dynamicAnchor ("bookending").
        string? anchor = null;
        if (fragment is { Length: > 0 } && fragment[0] != '/'
            && index.Anchors.TryGetValue(resourceUri + "#" + fragment, out var target)
            && target.Element.TryGetProperty("$dynamicAnchor", out var declared)
            && declared.ValueEquals(fragment))
        {
            anchor = fragment;
        }

        return new DynamicRefKeyword(location, initial, anchor);
    }

    private SchemaNode[] SubArray(SchemaLocation at, JsonElement array, bool validation, string keyword)
    {
        var result = new SchemaNode[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            result[i] = Sub(at, item, validation, keyword, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            i++;
        }

        return result;
    }
}
