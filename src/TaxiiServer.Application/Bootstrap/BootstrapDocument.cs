using System.Text.Json.Serialization;

namespace TaxiiServer.Application.Bootstrap;

/// <summary>The bootstrap file: the hub declared as code (camelCase JSON).</summary>
public sealed record BootstrapDocument(
    BootstrapDiscovery? Discovery,
    IReadOnlyList<BootstrapApiRoot>? ApiRoots,
    IReadOnlyList<BootstrapAccount>? Accounts);

public sealed record BootstrapDiscovery(string? Title, string? Description, string? Contact, string? Default);

public sealed record BootstrapApiRoot(
    string? Name,
    string? Title,
    string? Description,
    long? MaxContentLength,
    IReadOnlyList<BootstrapCollectionEntry>? Collections,
    BootstrapValidation? Validation = null);

/// <summary>
/// The validation setting an API root starts with; each field optional (unset falls back to configuration). Applied
/// only when the root is created, like every other field of the file.
/// </summary>
public sealed record BootstrapValidation(string? Policy, bool? AcceptCustomObjects, bool? AcceptCustomProperties);

public sealed record BootstrapCollectionEntry(
    string? Id,
    string? Title,
    string? Description,
    string? Alias,
    IReadOnlyList<string>? MediaTypes);

public sealed record BootstrapAccount(
    string? Name,
    string? Password,
    bool IsAdmin,
    IReadOnlyList<BootstrapGrant>? Grants);

public sealed record BootstrapGrant(string? Collection, bool Read, bool Write);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(BootstrapDocument))]
internal sealed partial class BootstrapJsonContext : JsonSerializerContext;
