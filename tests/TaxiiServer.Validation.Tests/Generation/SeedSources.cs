using System.Text.Json;
using TaxiiServer.Testing;

namespace TaxiiServer.Validation.Tests.Generation;

/// <summary>
/// Where valid seed objects come from: the project's own fixture (always, so the tests pass on a clone without
/// ../shared), then the OASIS example documents and the ATT&amp;CK bundle when ../shared holds them.
/// </summary>
internal static class SeedSources
{
    public const string FixtureSource = "fixture";

    /// <summary>
    /// Objects of the shared material that break a MUST of the specification and so are no seeds, each with why.
    /// </summary>
    private static readonly Dictionary<string, string> KnownInvalid = new(StringComparer.Ordinal)
    {
        // ATT&CK Mobile 14.1 ships one relationship whose modified is earlier than its created.
        ["relationship--f825f5ea-3815-431f-b005-4c01b8b2fed9"] = "modified before created",
    };

    public static string FixturePath => SharedData.InRepository("tests/TaxiiServer.Validation.Tests/Generation/Seeds/seeds.json");

    /// <summary>The fixture's seeds, by name.</summary>
    public static IReadOnlyList<GeneratedObject> Fixture()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(FixturePath));
        return document.RootElement.EnumerateArray()
            .Select(entry => new GeneratedObject(FixtureSource, entry.GetProperty("name").GetString()!, entry.GetProperty("object").GetRawText()))
            .ToList();
    }

    /// <summary>The seeds of ../shared (none when it is absent).</summary>
    public static IEnumerable<GeneratedObject> Shared()
    {
        if (SharedData.Root is not { } root)
        {
            yield break;
        }

        var examples = Path.Combine(root, "stix", "oasis-examples");
        if (Directory.Exists(examples))
        {
            foreach (var file in Directory.GetFiles(examples, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                foreach (var seed in FromDocument(file, "oasis-examples/" + Path.GetRelativePath(examples, file)))
                {
                    yield return seed;
                }
            }
        }

        var attack = Path.Combine(root, "stix", "real", "mobile-attack-14.1.json");
        if (File.Exists(attack))
        {
            foreach (var seed in FromDocument(attack, "attack"))
            {
                yield return seed;
            }
        }
    }

    // A bundle gives its objects; a single object (interop-objectmarking-test.json) gives itself.
    private static List<GeneratedObject> FromDocument(string path, string source)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        var objects = root.TryGetProperty("objects", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().ToList()
            : [root];
        return objects
            .Where(o => !(o.TryGetProperty("id", out var id) && KnownInvalid.ContainsKey(id.GetString() ?? "")))
            .Select(o => new GeneratedObject(source, o.TryGetProperty("id", out var id) ? id.GetString() ?? "?" : "?", o.GetRawText()))
            .ToList();
    }
}
