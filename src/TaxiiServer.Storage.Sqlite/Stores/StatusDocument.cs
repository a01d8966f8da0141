using System.Text.Json.Serialization;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Storage.Sqlite.Stores;

/// <summary>
/// The stored JSON shape of a status resource's body. Explicit names keep the stored format independent of C#
/// renames; the key, owner and completion time live in their own columns.
/// </summary>
internal sealed record StatusDocument(
    [property: JsonPropertyName("request_timestamp")] long RequestTimestamp,
    [property: JsonPropertyName("successes")] IReadOnlyList<StatusDetailDocument> Successes,
    [property: JsonPropertyName("failures")] IReadOnlyList<StatusDetailDocument> Failures,
    [property: JsonPropertyName("pendings")] IReadOnlyList<StatusDetailDocument> Pendings)
{
    public static StatusDocument From(StatusResource status) => new(
        status.RequestTimestamp.Microseconds,
        [.. status.Successes.Select(StatusDetailDocument.From)],
        [.. status.Failures.Select(StatusDetailDocument.From)],
        [.. status.Pendings.Select(StatusDetailDocument.From)]);
}

internal sealed record StatusDetailDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("version")] string? Version,
    [property: JsonPropertyName("message")] string? Message)
{
    public static StatusDetailDocument From(StatusDetail detail) => new(detail.Id, detail.Version, detail.Message);

    public StatusDetail ToDetail() => new(Id, Version, Message);
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StatusDocument))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class SqliteJsonContext : JsonSerializerContext;
