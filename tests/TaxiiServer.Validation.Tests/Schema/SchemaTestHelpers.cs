using System.Text.Json;
using TaxiiServer.Validation.Schema;

namespace TaxiiServer.Validation.Tests.Schema;

/// <summary>Small helpers to register inline schemas and evaluate inline instances.</summary>
internal static class SchemaTestHelpers
{
    public static CompiledSchema Compile(string schemaJson, EvaluationOptions? options = null)
    {
        var registry = new SchemaRegistry();
        var uri = registry.Register(new Uri("https://tests.example/root.json"), schemaJson);
        return registry.GetSchema(uri, options);
    }

    public static SchemaEvaluationResult Evaluate(this CompiledSchema schema, string instanceJson)
    {
        using var document = JsonDocument.Parse(instanceJson);
        return schema.Evaluate(document.RootElement);
    }
}
