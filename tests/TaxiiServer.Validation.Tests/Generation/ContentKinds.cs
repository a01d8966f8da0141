using System.Text.Json;
using TaxiiServer.Validation.Rules;

namespace TaxiiServer.Validation.Tests.Generation;

/// <summary>
/// What a STIX object exemplifies for the generator's coverage: its type, the predefined SCO extensions it carries,
/// the marking forms it is or uses, and the extension types it defines. Kinds are plain strings
/// (<c>type:file</c>, <c>extension:ntfs-ext</c>, <c>marking:tlp-2.0</c>, <c>extension-type:new-sco</c>).
/// </summary>
internal static class ContentKinds
{
    /// <summary>The predefined SCO extensions of STIX 2.1 §6 and the type each belongs to.</summary>
    public static readonly (string Name, string HostType)[] PredefinedExtensions =
    [
        ("archive-ext", "file"), ("ntfs-ext", "file"), ("pdf-ext", "file"), ("raster-image-ext", "file"),
        ("windows-pebinary-ext", "file"), ("http-request-ext", "network-traffic"), ("icmp-ext", "network-traffic"),
        ("socket-ext", "network-traffic"), ("tcp-ext", "network-traffic"), ("windows-process-ext", "process"),
        ("windows-service-ext", "process"), ("unix-account-ext", "user-account"),
    ];

    public static readonly string[] ExtensionTypes =
        ["new-sdo", "new-sco", "new-sro", "property-extension", "toplevel-property-extension"];

    /// <summary>The TLP 2.0 marking extension-definition (FIRST's TLP 2.0 as a STIX property-extension).</summary>
    public const string Tlp2ExtensionId = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    /// <summary>Every kind the generator must produce: each spec-defined object type, predefined extension, marking form and extension type.</summary>
    public static IReadOnlyList<string> Required { get; } = BuildRequired();

    public static IEnumerable<string> Of(JsonElement stixObject)
    {
        if (stixObject.ValueKind != JsonValueKind.Object || !stixObject.TryGetProperty("type", out var typeValue) ||
            typeValue.ValueKind != JsonValueKind.String)
        {
            yield break;
        }

        var type = typeValue.GetString()!;
        yield return "type:" + type;
        if (stixObject.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object)
        {
            foreach (var extension in extensions.EnumerateObject())
            {
                if (Array.Exists(PredefinedExtensions, e => e.Name == extension.Name && e.HostType == type))
                {
                    yield return "extension:" + extension.Name;
                }
            }
        }

        if (stixObject.TryGetProperty("object_marking_refs", out _))
        {
            yield return "marking:object";
        }

        if (stixObject.TryGetProperty("granular_markings", out _))
        {
            yield return "marking:granular";
        }

        if (type == "marking-definition")
        {
            foreach (var form in MarkingForms(stixObject))
            {
                yield return form;
            }
        }

        if (type == "extension-definition" && stixObject.TryGetProperty("extension_types", out var types) &&
            types.ValueKind == JsonValueKind.Array)
        {
            foreach (var extensionType in types.EnumerateArray())
            {
                yield return "extension-type:" + extensionType.GetString();
            }
        }
    }

    private static IEnumerable<string> MarkingForms(JsonElement marking)
    {
        if (marking.TryGetProperty("definition_type", out var definitionType))
        {
            switch (definitionType.GetString())
            {
                case "statement":
                    yield return "marking:statement";
                    break;
                case "tlp":
                    yield return "marking:tlp-1.0";
                    break;
            }
        }

        if (marking.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object &&
            extensions.TryGetProperty(Tlp2ExtensionId, out _))
        {
            yield return "marking:tlp-2.0";
        }
    }

    private static List<string> BuildRequired()
    {
        var kinds = new List<string>();
        foreach (var type in StixTypes.All)
        {
            if (type.IsSpecDefined)
            {
                kinds.Add("type:" + type.Name);
            }
        }

        kinds.AddRange(PredefinedExtensions.Select(e => "extension:" + e.Name));
        kinds.AddRange(["marking:statement", "marking:tlp-1.0", "marking:tlp-2.0", "marking:object", "marking:granular"]);
        kinds.AddRange(ExtensionTypes.Select(t => "extension-type:" + t));
        return kinds;
    }
}
