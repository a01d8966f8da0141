using System.Text.Json.Nodes;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Api.Admin;

/// <summary>
/// The component schemas of the admin OpenAPI document. Written by hand: they document rules the types alone cannot
/// (absent vs null in <c>validation</c>, the fallback behind the effective values).
/// </summary>
internal static class AdminOpenApiSchemas
{
    public const string ApiRootInput = "ApiRootInput";
    public const string ApiRoot = "ApiRoot";

    public static string Ref(string name) => "#/components/schemas/" + name;

    public static JsonObject All() => new()
    {
        [ApiRootInput] = Object(
            "Creates (POST) or changes (PATCH) an API root. On PATCH an absent or null field keeps its value.",
            ("name", new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = "^[A-Za-z0-9_-]{1,64}$",
                ["description"] = "The URL segment under /taxii2/; POST only.",
            }),
            ("title", new JsonObject { ["type"] = "string" }),
            ("description", new JsonObject { ["type"] = "string" }),
            ("maxContentLength", new JsonObject { ["type"] = "integer", ["format"] = "int64", ["minimum"] = 1 }),
            ("validation", new JsonObject
            {
                ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = Ref("ApiRootValidationInput") }),
                ["nullable"] = true,
                ["description"] = "The validation setting stored on the root. Absent or null keeps it.",
            })),
        ["ApiRootValidationInput"] = Object(
            "Each member on its own: absent keeps the stored value, null clears it back to unset (configuration " +
            "decides: Taxii:Validation:ApiRoots:<root>, then Taxii:Validation), a value sets it. An unknown policy is " +
            "a 400 naming validation.policy.",
            ("policy", PolicyName(nullable: true, "strict: structure, schemas, MUST rules and patterns; schema: " +
                "structure and schemas; off: structure only. Case is ignored.")),
            ("acceptCustomObjects", Boolean(nullable: true, "Whether well-named custom object types are accepted (strict only).")),
            ("acceptCustomProperties", Boolean(nullable: true, "Whether well-named custom properties are accepted (strict only)."))),
        [ApiRoot] = Object(
            "An API root with its stored validation setting and the one ingest applies.",
            ("name", new JsonObject { ["type"] = "string" }),
            ("title", new JsonObject { ["type"] = "string" }),
            ("description", new JsonObject { ["type"] = "string", ["nullable"] = true }),
            ("maxContentLength", new JsonObject { ["type"] = "integer", ["format"] = "int64" }),
            ("validation", new JsonObject { ["$ref"] = Ref("StoredValidation") }),
            ("effectiveValidation", new JsonObject { ["$ref"] = Ref("EffectiveValidation") })),
        ["StoredValidation"] = Object(
            "What an admin stored on the root; null is unset.",
            ("policy", PolicyName(nullable: true, null)),
            ("acceptCustomObjects", Boolean(nullable: true, null)),
            ("acceptCustomProperties", Boolean(nullable: true, null))),
        ["EffectiveValidation"] = Object(
            "What ingest applies, per field: the stored value, else Taxii:Validation:ApiRoots:<root>, else " +
            "Taxii:Validation (defaults strict, true, true), as configured on the node answering.",
            ("policy", PolicyName(nullable: false, null)),
            ("acceptCustomObjects", Boolean(nullable: false, null)),
            ("acceptCustomProperties", Boolean(nullable: false, null))),
    };

    private static JsonObject Object(string description, params (string Name, JsonObject Schema)[] properties)
    {
        var members = new JsonObject();
        foreach (var (name, schema) in properties)
        {
            members[name] = schema;
        }

        return new JsonObject { ["type"] = "object", ["description"] = description, ["properties"] = members };
    }

    private static JsonObject PolicyName(bool nullable, string? description)
    {
        var names = new JsonArray([.. ApiRootValidationModes.Names.Select(n => (JsonNode?)n)]);
        if (nullable)
        {
            // OpenAPI 3.0.3: a nullable enum lists null among its values.
            names.Add(null);
        }

        return WithDescription(new JsonObject { ["type"] = "string", ["nullable"] = nullable, ["enum"] = names }, description);
    }

    private static JsonObject Boolean(bool nullable, string? description) =>
        WithDescription(new JsonObject { ["type"] = "boolean", ["nullable"] = nullable }, description);

    private static JsonObject WithDescription(JsonObject schema, string? description)
    {
        if (description is not null)
        {
            schema["description"] = description;
        }

        return schema;
    }
}
