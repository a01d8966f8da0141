using System.Text.Json;
using TaxiiServer.Testing;
using TaxiiServer.Validation.Pattern;

namespace TaxiiServer.Validation.Tests.Pattern;

/// <summary>
/// Every STIX-language indicator pattern in the shared reference bundles must parse. Patterns are taken from all
/// files, valid-* and invalid-* alike: the invalid bundles are wrong for other reasons, and their patterns are fine.
/// </summary>
public class CorpusPatternTests
{
    [TestCase("stix/oasis-examples")]
    [TestCase("stix/corpus-public")]
    public void Every_stix_indicator_pattern_in_the_shared_bundles_parses(string relativePath)
    {
        var directory = SharedData.RequireDirectory(relativePath);
        var patterns = StixPatternsIn(directory);
        TestContext.Out.WriteLine($"{patterns.Count} STIX patterns in shared/{relativePath}");

        Assert.That(patterns, Is.Not.Empty, "the corpus should hold indicators");
        Assert.Multiple(() =>
        {
            foreach (var (file, pattern) in patterns)
            {
                var result = StixPatternParser.Parse(pattern);
                Assert.That(result.IsValid, Is.True, () => $"{file}: {pattern}: {result.Error}");
            }
        });
    }

    [Test]
    public void Every_prefix_of_every_corpus_pattern_is_handled_without_exceptions()
    {
        var patterns = StixPatternsIn(SharedData.RequireDirectory("stix/oasis-examples"))
            .Concat(StixPatternsIn(SharedData.RequireDirectory("stix/corpus-public")));

        foreach (var (_, pattern) in patterns)
        {
            for (var length = 0; length < pattern.Length; length++)
            {
                // A prefix may be valid ("[a] AND [b]" starts with "[a]"); if not, the error must lie inside it.
                var result = StixPatternParser.Parse(pattern[..length]);
                Assert.That(result.Error?.Position ?? 0, Is.InRange(0, length), pattern[..length]);
            }
        }
    }

    /// <summary>
    /// (file, pattern) for indicators whose pattern_type is "stix", or absent as in STIX 2.0 bundles, where STIX was
    /// the only pattern language. Files that are not JSON (the corpus has one on purpose) are skipped.
    /// </summary>
    private static List<(string File, string Pattern)> StixPatternsIn(string directory)
    {
        var patterns = new List<(string, string)>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(File.ReadAllBytes(path));
            }
            catch (JsonException)
            {
                continue;
            }

            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object ||
                    !document.RootElement.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var item in objects.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object &&
                        item.TryGetProperty("type", out var type) && type.ValueEquals("indicator") &&
                        item.TryGetProperty("pattern", out var pattern) && pattern.ValueKind == JsonValueKind.String &&
                        (!item.TryGetProperty("pattern_type", out var language) || language.ValueEquals("stix")))
                    {
                        patterns.Add((Path.GetFileName(path), pattern.GetString()!));
                    }
                }
            }
        }

        return patterns;
    }
}
