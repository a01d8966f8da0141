using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;

namespace TaxiiServer.Storage.Tests.MongoDb;

/// <summary>
/// Renders driver definitions to BSON the way the driver sends them, and compares BSON in shell syntax so the
/// comparison is type-strict (NumberLong(5) is not 5) and a failure shows both sides readably.
/// </summary>
internal static class BsonRendering
{
    private static readonly JsonWriterSettings Shell = new() { OutputMode = JsonOutputMode.Shell };

    public static RenderArgs<T> Args<T>() =>
        new(BsonSerializer.SerializerRegistry.GetSerializer<T>(), BsonSerializer.SerializerRegistry);

    public static BsonDocument Render<T>(FilterDefinition<T> filter) => filter.Render(Args<T>());

    public static BsonDocument Render<T>(SortDefinition<T> sort) => sort.Render(Args<T>());

    public static BsonDocument Render<T>(IndexKeysDefinition<T> keys) => keys.Render(Args<T>());

    public static BsonDocument Render<T>(ProjectionDefinition<T> projection) => projection.Render(Args<T>());

    public static BsonValue Render<T>(UpdateDefinition<T> update) => update.Render(Args<T>());

    public static BsonArray Render<TIn, TOut>(PipelineDefinition<TIn, TOut> pipeline) =>
        new(pipeline.Render(Args<TIn>()).Documents);

    public static string ToShell(this BsonValue value) => value.ToJson(Shell);

    /// <summary>Parses shell-syntax JSON (single quotes allowed) and asserts the rendered value equals it exactly.</summary>
    public static void AssertBson(BsonValue actual, string expected)
    {
        var parsed = expected.TrimStart().StartsWith('[')
            ? (BsonValue)BsonSerializer.Deserialize<BsonArray>(expected)
            : BsonDocument.Parse(expected);
        Assert.That(actual.ToShell(), Is.EqualTo(parsed.ToShell()));
    }
}
