using System.Text.Json.Nodes;
using TaxiiServer.Validation.Rules;

namespace TaxiiServer.Validation.Tests.Generation;

/// <summary>
/// Valid STIX 2.1 content for tests: every seed (see <see cref="SeedSources"/>) and objects derived from them that
/// must stay valid: each predefined extension of a multi-extension SCO on its own, each object stripped of its
/// markings, and each SCO without its optional common properties. Everything produced must be accepted.
/// </summary>
internal static class ContentGenerator
{
    private static readonly string[] OptionalScoCommon = ["spec_version", "object_marking_refs", "granular_markings", "defanged"];

    /// <summary>Every seed and every derivation; <paramref name="includeShared"/> adds the seeds of ../shared.</summary>
    public static IEnumerable<GeneratedObject> All(bool includeShared = true)
    {
        var seeds = includeShared ? SeedSources.Fixture().Concat(SeedSources.Shared()) : SeedSources.Fixture();
        foreach (var seed in seeds)
        {
            yield return seed;
            foreach (var derived in Derive(seed))
            {
                yield return derived;
            }
        }
    }

    /// <summary>The fixture seed named <paramref name="name"/>.</summary>
    public static GeneratedObject Seed(string name) =>
        SeedSources.Fixture().SingleOrDefault(s => s.Name == name)
        ?? throw new ArgumentException($"the fixture has no seed named '{name}'", nameof(name));

    private static IEnumerable<GeneratedObject> Derive(GeneratedObject seed)
    {
        var node = seed.Parse();
        var type = (string?)node["type"];
        if (node["extensions"] is JsonObject extensions && extensions.Count > 1)
        {
            foreach (var (name, _) in extensions)
            {
                if (!Array.Exists(ContentKinds.PredefinedExtensions, e => e.Name == name))
                {
                    continue;
                }

                var alone = seed.Parse();
                var kept = (JsonObject)alone["extensions"]!;
                foreach (var other in kept.Select(p => p.Key).Where(k => k != name).ToList())
                {
                    kept.Remove(other);
                }

                yield return new GeneratedObject(seed.Source + " with only " + name, seed.Name, alone.ToJsonString());
            }
        }

        if (node.ContainsKey("object_marking_refs") || node.ContainsKey("granular_markings"))
        {
            var unmarked = seed.Parse();
            unmarked.Remove("object_marking_refs");
            unmarked.Remove("granular_markings");
            yield return new GeneratedObject(seed.Source + " unmarked", seed.Name, unmarked.ToJsonString());
        }

        if (type is not null && StixTypes.Find(type) is { Category: StixCategory.Sco } &&
            OptionalScoCommon.Any(node.ContainsKey))
        {
            var bare = seed.Parse();
            foreach (var name in OptionalScoCommon)
            {
                bare.Remove(name);
            }

            yield return new GeneratedObject(seed.Source + " without optional common properties", seed.Name, bare.ToJsonString());
        }
    }
}
