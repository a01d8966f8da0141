using System.Text.Json;
using TaxiiServer.Core.Stix;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Structural;

/// <summary>
/// The checks every object must pass before the store can hold it, whatever the validation policy: a JSON object
/// with a type, an id of the form <c>&lt;type&gt;--&lt;UUID&gt;</c> matching that type, a derivable version and a
/// spec_version the collection accepts. The schema and MUST-rule pipeline runs on top of these.
/// </summary>
public sealed class StructuralValidator : IObjectValidator
{
    public ObjectVerdict Validate(JsonElement stixObject, ValidationContext context)
    {
        if (stixObject.ValueKind != JsonValueKind.Object)
        {
            return new ObjectVerdict(stixObject, null, null, SpecVersion.V21, null,
                [new ValidationProblem(StructuralRuleIds.NotAnObject, "", $"each item of 'objects' must be a JSON object, not a {Describe(stixObject.ValueKind)}")]);
        }

        var problems = new List<ValidationProblem>(0);
        var type = ReadString(stixObject, "type", problems);
        var id = ReadString(stixObject, "id", problems);

        if (type is not null && !StixTypeName.IsValid(type))
        {
            problems.Add(new ValidationProblem(StructuralRuleIds.TypeName, "/type",
                $"'{type}' is not a valid STIX type name (3-250 characters of a-z, 0-9 and '-')"));
        }

        if (id is not null)
        {
            if (!StixId.TryParse(id, out var idType, out _))
            {
                problems.Add(new ValidationProblem(StructuralRuleIds.IdFormat, "/id",
                    $"'{id}' is not an identifier of the form <type>--<UUID>"));
            }
            else if (type is not null && !string.Equals(idType, type, StringComparison.Ordinal))
            {
                problems.Add(new ValidationProblem(StructuralRuleIds.IdType, "/id",
                    $"the id's type prefix '{idType}' does not match the object's type '{type}'"));
            }
        }

        var specVersion = ReadSpecVersion(stixObject, context, problems);
        var version = ReadVersion(stixObject, problems);
        if (version is null && type is not null && StixTypeName.RequiresCreatedAndModified(type))
        {
            problems.Add(new ValidationProblem(StructuralRuleIds.Version, "/modified",
                $"a '{type}' object must have 'created' and 'modified' timestamps to have a version"));
        }

        return new ObjectVerdict(stixObject, id, type, specVersion, version, problems);
    }

    private static string ReadSpecVersion(JsonElement obj, ValidationContext context, List<ValidationProblem> problems)
    {
        if (!obj.TryGetProperty("spec_version"u8, out var value))
        {
            // STIX 2.0 had no top-level cyber observables, and STIX 2.1 makes spec_version optional on them (absent
            // means 2.1). An object with neither created nor modified is such an observable.
            if (!obj.TryGetProperty("created"u8, out _) && !obj.TryGetProperty("modified"u8, out _))
            {
                return SpecVersion.V21;
            }

            if (!context.AcceptsStix20)
            {
                problems.Add(new ValidationProblem(StructuralRuleIds.SpecVersion, "/spec_version",
                    "an object without 'spec_version' is STIX 2.0, which this collection does not accept (its media types do not include application/stix+json;version=2.0); add \"spec_version\": \"2.1\""));
            }

            return SpecVersion.V20;
        }

        if (value.ValueKind != JsonValueKind.String || !value.ValueEquals("2.1"u8))
        {
            problems.Add(new ValidationProblem(StructuralRuleIds.SpecVersion, "/spec_version",
                $"'spec_version' must be \"2.1\", not {value.GetRawText()}"));
        }

        return SpecVersion.V21;
    }

    private static StixVersion? ReadVersion(JsonElement obj, List<ValidationProblem> problems)
    {
        StixVersion? modified = ReadTimestamp(obj, "modified", problems);
        StixVersion? created = ReadTimestamp(obj, "created", problems);
        return modified ?? created;
    }

    private static StixVersion? ReadTimestamp(JsonElement obj, string name, List<ValidationProblem> problems)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && StixVersion.TryParse(value.GetString(), out var version))
        {
            return version;
        }

        problems.Add(new ValidationProblem(StructuralRuleIds.Timestamp, "/" + name,
            $"'{name}' must be a UTC timestamp of the form YYYY-MM-DDTHH:MM:SS[.s+]Z naming a real date, not {value.GetRawText()}"));
        return null;
    }

    private static string? ReadString(JsonElement obj, string name, List<ValidationProblem> problems)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            problems.Add(new ValidationProblem(StructuralRuleIds.Required, "/" + name, "required property missing"));
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add(new ValidationProblem(StructuralRuleIds.Required, "/" + name,
                $"'{name}' must be a string, not a {Describe(value.ValueKind)}"));
            return null;
        }

        return value.GetString();
    }

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
