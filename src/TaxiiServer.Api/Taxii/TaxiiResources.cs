using System.Text.Json.Serialization;

namespace TaxiiServer.Api.Taxii;

// The TAXII 2.1 resources as written on the wire. Optional members are null when absent and lists are null when
// empty, so neither is written ("empty lists are never sent"); required booleans and counts are always written.

internal sealed record DiscoveryResource(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("contact")] string? Contact,
    [property: JsonPropertyName("default")] string? Default,
    [property: JsonPropertyName("api_roots")] IReadOnlyList<string>? ApiRoots);

internal sealed record ApiRootResource(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("versions")] IReadOnlyList<string> Versions,
    [property: JsonPropertyName("max_content_length")] long MaxContentLength);

internal sealed record CollectionResource(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("alias")] string? Alias,
    [property: JsonPropertyName("can_read")] bool CanRead,
    [property: JsonPropertyName("can_write")] bool CanWrite,
    [property: JsonPropertyName("media_types")] IReadOnlyList<string>? MediaTypes);

internal sealed record CollectionsResource(
    [property: JsonPropertyName("collections")] IReadOnlyList<CollectionResource>? Collections);

internal sealed record StatusDetailResource(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("version")] string? Version,
    [property: JsonPropertyName("message")] string? Message);

internal sealed record StatusResourceDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("request_timestamp")] string RequestTimestamp,
    [property: JsonPropertyName("total_count")] int TotalCount,
    [property: JsonPropertyName("success_count")] int SuccessCount,
    [property: JsonPropertyName("successes")] IReadOnlyList<StatusDetailResource>? Successes,
    [property: JsonPropertyName("failure_count")] int FailureCount,
    [property: JsonPropertyName("failures")] IReadOnlyList<StatusDetailResource>? Failures,
    [property: JsonPropertyName("pending_count")] int PendingCount,
    [property: JsonPropertyName("pendings")] IReadOnlyList<StatusDetailResource>? Pendings);

internal sealed record ManifestRecordResource(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("date_added")] string DateAdded,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("media_type")] string MediaType);

internal sealed record ManifestResource(
    [property: JsonPropertyName("more")] bool More,
    [property: JsonPropertyName("next")] string? Next,
    [property: JsonPropertyName("objects")] IReadOnlyList<ManifestRecordResource>? Objects);

internal sealed record VersionsResource(
    [property: JsonPropertyName("more")] bool More,
    [property: JsonPropertyName("next")] string? Next,
    [property: JsonPropertyName("versions")] IReadOnlyList<string>? Versions);

internal sealed record ErrorResource(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("error_id")] string? ErrorId,
    [property: JsonPropertyName("error_code")] string? ErrorCode,
    [property: JsonPropertyName("http_status")] string HttpStatus);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DiscoveryResource))]
[JsonSerializable(typeof(ApiRootResource))]
[JsonSerializable(typeof(CollectionResource))]
[JsonSerializable(typeof(CollectionsResource))]
[JsonSerializable(typeof(StatusResourceDto))]
[JsonSerializable(typeof(ManifestResource))]
[JsonSerializable(typeof(VersionsResource))]
[JsonSerializable(typeof(ErrorResource))]
internal sealed partial class TaxiiJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context the server writes with: like <see cref="Default"/>, but without HTML-safe escaping, so media
    /// types read "application/stix+json" rather than "application/stix+json" (clients compare them as text).
    /// </summary>
    public static TaxiiJsonContext Wire { get; } = new(new System.Text.Json.JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
