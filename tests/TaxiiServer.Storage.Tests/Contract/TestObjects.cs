using System.Security.Cryptography;
using System.Text;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>Builds <see cref="NewObject"/>s and queries the way the ingest and query services would.</summary>
public static class TestObjects
{
    public static string NewId(string type) => $"{type}--{Guid.NewGuid()}";

    public static string NewCollection() => Guid.NewGuid().ToString();

    /// <summary>A versioned object (an SDO or SRO) whose version is <paramref name="modified"/>.</summary>
    public static NewObject Versioned(string id, string modified, string specVersion = SpecVersion.V21, string? note = null)
    {
        var type = TypeOf(id);
        var spec = specVersion == SpecVersion.V20 ? "" : $"\"spec_version\":\"{specVersion}\",";
        var json = $"{{\"type\":\"{type}\",{spec}\"id\":\"{id}\",\"created\":\"2020-01-01T00:00:00.000Z\","
            + $"\"modified\":\"{modified}\",\"name\":\"{note ?? "n"}\"}}";
        return FromJson(id, specVersion, Version(modified), json);
    }

    /// <summary>An object without created/modified (an SCO): the store derives its version.</summary>
    public static NewObject Unversioned(string id, string? note = null)
    {
        var json = $"{{\"type\":\"{TypeOf(id)}\",\"spec_version\":\"2.1\",\"id\":\"{id}\",\"value\":\"{note ?? "v"}\"}}";
        return FromJson(id, SpecVersion.V21, null, json);
    }

    public static NewObject FromJson(string id, string specVersion, StixVersion? version, string json) =>
        FromBytes(id, specVersion, version, Encoding.UTF8.GetBytes(json));

    public static NewObject FromBytes(string id, string specVersion, StixVersion? version, byte[] raw) =>
        new(id, TypeOf(id), specVersion, version, Convert.ToHexString(SHA256.HashData(raw)), raw);

    public static StixVersion Version(string text) =>
        StixVersion.TryParse(text, out var version) ? version : throw new ArgumentException($"bad version {text}");

    public static string TypeOf(string id) => id[..id.IndexOf("--", StringComparison.Ordinal)];

    public static ObjectQuery Query(
        string collection,
        int limit = 1000,
        TaxiiTimestamp? addedAfter = null,
        TaxiiTimestamp? after = null,
        IReadOnlyList<string>? ids = null,
        IReadOnlyList<string>? types = null,
        VersionFilter? versions = null,
        IReadOnlyList<string>? specVersions = null) =>
        new(collection, addedAfter, after, ids ?? [], types ?? [], versions ?? VersionFilter.LastOnly,
            specVersions ?? [], limit);

    /// <summary>Every record, whatever its version or spec_version.</summary>
    public static ObjectQuery Everything(string collection, int limit = 100_000, TaxiiTimestamp? after = null) =>
        Query(collection, limit, after: after, versions: VersionFilter.AllVersions,
            specVersions: [SpecVersion.V20, SpecVersion.V21]);

    public static VersionFilter Versions(bool first = false, bool last = false, bool all = false, params string[] texts) =>
        new(first, last, all, [.. texts.Select(t => Version(t).SortKey)]);
}
