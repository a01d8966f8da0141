using System.Text.Json.Nodes;

namespace TaxiiServer.Api.Tests.Infrastructure;

/// <summary>A manifest record as served.</summary>
public sealed record ManifestEntry(string Id, string DateAdded, string Version, string MediaType)
{
    public static ManifestEntry From(JsonObject record) =>
        new((string)record["id"]!, (string)record["date_added"]!, (string)record["version"]!, (string)record["media_type"]!);

    public long DateAddedMicros => TaxiiTime.ToMicros(DateAdded);
}
