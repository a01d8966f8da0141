using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Patterns;

namespace TaxiiServer.Api.Admin;

/// <summary>
/// The OpenAPI 3.0 document of the administration API, built from the mapped endpoints themselves (route, method,
/// name, summary, tags), so it cannot drift from what is served. Bodies and answers are JSON; errors are RFC 7807.
/// </summary>
internal static class AdminOpenApi
{
    public static IResult Serve(EndpointDataSource endpoints) => Results.Text(Build(endpoints).ToJsonString(), "application/json");

    public static JsonObject Build(EndpointDataSource endpoints)
    {
        var paths = new JsonObject();
        var routes = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(AdminRouteGroup.Prefix, StringComparison.Ordinal) == true &&
                e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null)
            .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal);
        foreach (var endpoint in routes)
        {
            var path = Normalise(endpoint.RoutePattern);
            if (paths[path] is not JsonObject item)
            {
                item = [];
                paths[path] = item;
            }

            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            {
                item[method.ToLowerInvariant()] = Operation(endpoint, method);
            }
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject
            {
                ["title"] = "TaxiiServer administration API",
                ["version"] = "v1",
                ["description"] = "Accounts, API keys, API roots, collections, grants and the audit trail. Admin accounts " +
                    "only, by HTTP Basic or Authorization: Bearer <API key>. Errors are RFC 7807 problem details.",
            },
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject
                {
                    ["basic"] = new JsonObject { ["type"] = "http", ["scheme"] = "basic" },
                    ["apiKey"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer" },
                },
                ["schemas"] = AdminOpenApiSchemas.All(),
            },
            ["security"] = new JsonArray(new JsonObject { ["basic"] = new JsonArray() }, new JsonObject { ["apiKey"] = new JsonArray() }),
            ["paths"] = paths,
        };
    }

    private static JsonObject Operation(RouteEndpoint endpoint, string method)
    {
        var parameters = new JsonArray();
        foreach (var parameter in endpoint.RoutePattern.Parameters)
        {
            parameters.Add(new JsonObject
            {
                ["name"] = parameter.Name,
                ["in"] = "path",
                ["required"] = true,
                ["schema"] = new JsonObject { ["type"] = "string" },
            });
        }

        var schemas = endpoint.Metadata.GetMetadata<AdminSchemas>();
        var operation = new JsonObject
        {
            ["operationId"] = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName,
            ["summary"] = endpoint.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary,
            ["tags"] = new JsonArray([.. (endpoint.Metadata.GetMetadata<ITagsMetadata>()?.Tags ?? []).Select(t => (JsonNode?)t)]),
            ["parameters"] = parameters,
            ["responses"] = new JsonObject
            {
                [method == "POST" ? "201" : "200"] = Json("The resource, as JSON.", ResponseSchema(schemas)),
                ["400"] = Problem("Invalid request (validation problem details)."),
                ["401"] = Problem("No valid credentials."),
                ["403"] = Problem("Not an admin account."),
                ["404"] = Problem("No such resource."),
                ["409"] = Problem("The change conflicts with the current state."),
            },
        };
        if (method is "POST" or "PUT" or "PATCH")
        {
            operation["requestBody"] = new JsonObject
            {
                ["required"] = method != "POST" || endpoint.RoutePattern.Parameters.Count == 0,
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = SchemaOrObject(schemas?.Request) } },
            };
        }

        return operation;
    }

    private static JsonObject ResponseSchema(AdminSchemas? schemas) => schemas is { Response: { } name, ResponseIsList: true }
        ? new JsonObject { ["type"] = "array", ["items"] = SchemaOrObject(name) }
        : SchemaOrObject(schemas?.Response);

    private static JsonObject SchemaOrObject(string? name) => name is null
        ? new JsonObject { ["type"] = "object" }
        : new JsonObject { ["$ref"] = AdminOpenApiSchemas.Ref(name) };

    private static JsonObject Json(string description, JsonObject schema) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schema } },
    };

    private static JsonObject Problem(string description) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object" } } },
    };

    /// <summary>"/admin/v1/accounts/{name}/" → "/admin/v1/accounts/{name}": OpenAPI paths carry no trailing slash.</summary>
    private static string Normalise(RoutePattern pattern)
    {
        var text = pattern.RawText!;
        return text.Length > 1 ? text.TrimEnd('/') : text;
    }
}
