using TaxiiServer.Testing;

namespace TaxiiServer.Validation.Tests.Pipeline;

/// <summary>One row of shared/stix/corpus-public/labels.tsv.</summary>
public sealed record CorpusLabel(string File, string Verdict, string Basis, string Level, IReadOnlyList<string> BadObjects, string Reason)
{
    public override string ToString() => File;
}

public static class CorpusLabels
{
    public const string MissingMarker = "(shared corpus absent)";

    /// <summary>The labels, or one placeholder row (ignored with its reason) when ../shared is absent.</summary>
    public static IEnumerable<CorpusLabel> Load()
    {
        var root = SharedData.Root;
        var file = root is null ? null : Path.Combine(root, "stix", "corpus-public", "labels.tsv");
        if (file is null || !File.Exists(file))
        {
            yield return new CorpusLabel(MissingMarker, "", "", "", [], "../shared/stix/corpus-public is not present beside the repository; skipped.");
            yield break;
        }

        foreach (var line in File.ReadLines(file).Skip(1))
        {
            var c = line.Split('\t');
            if (c.Length < 8)
            {
                continue;
            }

            var bad = c[4] == "-" ? [] : c[4].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            yield return new CorpusLabel(c[0], c[1], c[2], c[3], bad, c[7]);
        }
    }
}
