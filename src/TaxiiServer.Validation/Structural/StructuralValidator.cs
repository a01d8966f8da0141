using System.Text.Json;
using TaxiiServer.Core.Stix;
using TaxiiServer.Validation.Pipeline;
using TaxiiServer.Validation.Rules;

namespace TaxiiServer.Validation.Structural;

/// <summary>
/// The checks every object must pass before the store can hold it, whatever the validation policy: a JSON object
/// with a type, an id of the form <c>&lt;type&gt;--&lt;UUID&gt;</c> matching that type, a derivable version and a
/// spec_version the collection accepts. The schema and MUST-rule pipeline runs on top of these.
/// </summary>
/// <remarks>
/// Runs on every object ingested, so a valid object is judged from its JSON text without building strings; the
/// verdict reads the id, type and version when the store asks for them.
/// </remarks>
public sealed class StructuralValidator : IObjectValidator
{
    public ObjectVerdict Validate(JsonElement stixObject, ValidationContext context)
    {
        var view = StixObjectView.Rent(stixObject);
        try
        {
            return Validate(view, context);
        }
        finally
        {
            StixObjectView.Return(view);
        }
    }

    /// <summary>As <see cref="Validate(JsonElement, ValidationContext)"/>, over a view the caller built.</summary>
    internal ObjectVerdict Validate(StixObjectView view, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stixObject = view.Object;
        if (stixObject.ValueKind != JsonValueKind.Object)
        {
            return new ObjectVerdict(stixObject, SpecVersion.V21,
                [new ValidationProblem(StructuralRuleIds.NotAnObject, "", $"each item of 'objects' must be a JSON object, not a {Describe(stixObject.ValueKind)}")]);
        }

        // Allocated only when something is wrong.
        List<ValidationProblem>? problems = null;
        Span<char> typeBuffer = stackalloc char[JsonText.BufferLength];
        Span<char> idBuffer = stackalloc char[JsonText.BufferLength];
        var hasType = ReadString(view, "type"u8, "type", ref problems, out var typeValue);
        var hasId = ReadString(view, "id"u8, "id", ref problems, out var idValue);
        var type = hasType ? JsonText.Chars(typeValue, typeBuffer) : default;

        if (hasType && !StixTypeName.IsValid(type))
        {
            Add(ref problems, StructuralRuleIds.TypeName, "/type",
                $"'{type}' is not a valid STIX type name (3-250 characters of a-z, 0-9 and '-')");
        }

        if (hasId)
        {
            var id = JsonText.Chars(idValue, idBuffer);
            if (!StixId.TryParse(id, out var idType, out _))
            {
                Add(ref problems, StructuralRuleIds.IdFormat, "/id", $"'{id}' is not an identifier of the form <type>--<UUID>");
            }
            else if (hasType && !idType.SequenceEqual(type))
            {
                Add(ref problems, StructuralRuleIds.IdType, "/id",
                    $"the id's type prefix '{idType}' does not match the object's type '{type}'");
            }
        }

        var specVersion = ReadSpecVersion(view, context, ref problems);
        var modified = IsTimestamp(view, "modified"u8, "modified", ref problems);
        var created = IsTimestamp(view, "created"u8, "created", ref problems);
        if (!modified && !created && hasType && StixTypeName.RequiresCreatedAndModified(type))
        {
            Add(ref problems, StructuralRuleIds.Version, "/modified",
                $"a '{type}' object must have 'created' and 'modified' timestamps to have a version");
        }

        return new ObjectVerdict(stixObject, specVersion, problems is null ? Array.Empty<ValidationProblem>() : problems);
    }

    private static string ReadSpecVersion(StixObjectView view, ValidationContext context, ref List<ValidationProblem>? problems)
    {
        if (!view.TryGet("spec_version"u8, out var value))
        {
            // STIX 2.0 had no top-level cyber observables, and STIX 2.1 makes spec_version optional on them (absent
            // means 2.1). An object with neither created nor modified is such an observable.
            if (!view.Has("created"u8) && !view.Has("modified"u8))
            {
                return SpecVersion.V21;
            }

            if (!context.AcceptsStix20)
            {
                Add(ref problems, StructuralRuleIds.SpecVersion, "/spec_version",
                    "an object without 'spec_version' is STIX 2.0, which this collection does not accept (its media types do not include application/stix+json;version=2.0); add \"spec_version\": \"2.1\"");
            }

            return SpecVersion.V20;
        }

        if (value.ValueKind != JsonValueKind.String || !value.ValueEquals("2.1"u8))
        {
            Add(ref problems, StructuralRuleIds.SpecVersion, "/spec_version",
                $"'spec_version' must be \"2.1\", not {value.GetRawText()}");
        }

        return SpecVersion.V21;
    }

    /// <summary>Whether the property is present and a valid timestamp; an invalid one is reported.</summary>
    private static bool IsTimestamp(StixObjectView view, ReadOnlySpan<byte> utf8Name, string name, ref List<ValidationProblem>? problems)
    {
        if (!view.TryGet(utf8Name, out var value))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[JsonText.BufferLength];
        if (value.ValueKind == JsonValueKind.String && RfcTimestamp.TryParse(JsonText.Chars(value, buffer), out _))
        {
            return true;
        }

        Add(ref problems, StructuralRuleIds.Timestamp, "/" + name,
            $"'{name}' must be a UTC timestamp of the form YYYY-MM-DDTHH:MM:SS[.s+]Z naming a real date, not {value.GetRawText()}");
        return false;
    }

    /// <summary>Whether the property is present and a string; otherwise the problem is reported.</summary>
    private static bool ReadString(StixObjectView view, ReadOnlySpan<byte> utf8Name, string name, ref List<ValidationProblem>? problems, out JsonElement value)
    {
        if (!view.TryGet(utf8Name, out value))
        {
            Add(ref problems, StructuralRuleIds.Required, "/" + name, "required property missing");
            return false;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Add(ref problems, StructuralRuleIds.Required, "/" + name, $"'{name}' must be a string, not a {Describe(value.ValueKind)}");
            return false;
        }

        return true;
    }

    private static void Add(ref List<ValidationProblem>? problems, string ruleId, string location, string message) =>
        (problems ??= []).Add(new ValidationProblem(ruleId, location, message));

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "JSON array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "JSON object",
    };
}
