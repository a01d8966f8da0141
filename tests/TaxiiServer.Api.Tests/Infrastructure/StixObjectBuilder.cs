using System.Globalization;
using System.Text.Json.Nodes;

namespace TaxiiServer.Api.Tests.Infrastructure;

/// <summary>
/// Builds valid STIX objects with fresh ids: 2.1 indicators and malware, versionless SCOs, and STIX 2.0 indicators
/// (no spec_version). Versions of one object share its id and differ in <c>modified</c>.
/// </summary>
public sealed class StixObjectBuilder
{
    /// <summary>A fixed, past base time, so versions are reproducible and never in the future.</summary>
    public static readonly DateTimeOffset BaseTime = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly JsonObject _json;

    private StixObjectBuilder(JsonObject json) => _json = json;

    public string Id => (string)_json["id"]!;

    public static StixObjectBuilder Indicator(string? id = null) => new(new JsonObject
    {
        ["type"] = "indicator",
        ["spec_version"] = "2.1",
        ["id"] = id ?? NewId("indicator"),
        ["created"] = Format(BaseTime),
        ["modified"] = Format(BaseTime),
        ["name"] = "Test indicator",
        ["indicator_types"] = new JsonArray("malicious-activity"),
        ["pattern"] = "[ipv4-addr:value = '198.51.100.7']",
        ["pattern_type"] = "stix",
        ["valid_from"] = Format(BaseTime),
    });

    public static StixObjectBuilder Malware(string? id = null) => new(new JsonObject
    {
        ["type"] = "malware",
        ["spec_version"] = "2.1",
        ["id"] = id ?? NewId("malware"),
        ["created"] = Format(BaseTime),
        ["modified"] = Format(BaseTime),
        ["name"] = "Test malware",
        ["malware_types"] = new JsonArray("dropper"),
        ["is_family"] = false,
    });

    /// <summary>A cyber-observable: no created/modified, so the server assigns its version.</summary>
    public static StixObjectBuilder Ipv4(string value = "203.0.113.9", string? id = null) => new(new JsonObject
    {
        ["type"] = "ipv4-addr",
        ["spec_version"] = "2.1",
        ["id"] = id ?? NewId("ipv4-addr"),
        ["value"] = value,
    });

    /// <summary>A STIX 2.0 indicator: no spec_version, labels instead of indicator_types, no pattern_type.</summary>
    public static StixObjectBuilder Indicator20(string? id = null) => new(new JsonObject
    {
        ["type"] = "indicator",
        ["id"] = id ?? NewId("indicator"),
        ["created"] = Format(BaseTime),
        ["modified"] = Format(BaseTime),
        ["name"] = "Test 2.0 indicator",
        ["labels"] = new JsonArray("malicious-activity"),
        ["pattern"] = "[ipv4-addr:value = '198.51.100.8']",
        ["valid_from"] = Format(BaseTime),
    });

    public static string NewId(string type) => $"{type}--{Guid.NewGuid()}";

    /// <summary>Sets <c>modified</c> (the version) to the base time plus <paramref name="offset"/>.</summary>
    public StixObjectBuilder Version(TimeSpan offset) => Modified(BaseTime + offset);

    /// <summary>Sets <c>modified</c> to the base time plus <paramref name="seconds"/>: version n of the object.</summary>
    public StixObjectBuilder Version(int seconds) => Version(TimeSpan.FromSeconds(seconds));

    public StixObjectBuilder Modified(DateTimeOffset modified)
    {
        _json["modified"] = Format(modified);
        return this;
    }

    public StixObjectBuilder Named(string name)
    {
        _json["name"] = name;
        return this;
    }

    /// <summary>Sets or replaces any property.</summary>
    public StixObjectBuilder With(string property, JsonNode? value)
    {
        _json[property] = value;
        return this;
    }

    public StixObjectBuilder Without(string property)
    {
        _json.Remove(property);
        return this;
    }

    /// <summary>The version text the server reports for this object (its modified), or null for SCOs.</summary>
    public string? VersionText => (string?)_json["modified"] ?? (string?)_json["created"];

    public JsonObject Build() => (JsonObject)_json.DeepClone();

    /// <summary>A STIX timestamp with millisecond precision, the form most producers write.</summary>
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
