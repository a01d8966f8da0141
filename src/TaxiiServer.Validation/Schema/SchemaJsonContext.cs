using System.Text.Json.Serialization;

namespace TaxiiServer.Validation.Schema;

/// <summary>Source-generated serialisation for the few values the evaluator builds (no reflection).</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class SchemaJsonContext : JsonSerializerContext;
