using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace TaxiiServer.Benchmarks.Throughput;

/// <summary>Objects to ingest: the real ATT&amp;CK bundle, or a generated bundle of any size.</summary>
internal static class BundleSource
{
    /// <summary>Each object's raw UTF-8 JSON, as a producer would send it.</summary>
    public static List<byte[]> LoadObjects(string bundlePath)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(bundlePath));
        return document.RootElement.GetProperty("objects").EnumerateArray()
            .Select(o => JsonMarshal.GetRawUtf8Value(o).ToArray())
            .ToList();
    }

    /// <summary>Generates a bundle with shared/stix/gen_bundle.py (deterministic for a seed) into a temp file.</summary>
    public static string Generate(string sharedDir, int count, int seed)
    {
        var output = Path.Combine(Path.GetTempPath(), $"taxii-bench-{count}-{seed}.json");
        if (File.Exists(output))
        {
            return output;
        }

        var start = new ProcessStartInfo("python3",
            $"\"{Path.Combine(sharedDir, "stix", "gen_bundle.py")}\" --count {count} --seed {seed} --out \"{output}\"");
        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("gen_bundle.py failed.");
        }

        return output;
    }

    /// <summary>Splits objects into envelopes of at most <paramref name="perEnvelope"/> objects.</summary>
    public static List<byte[]> Envelopes(IReadOnlyList<byte[]> objects, int perEnvelope)
    {
        var envelopes = new List<byte[]>();
        for (var i = 0; i < objects.Count; i += perEnvelope)
        {
            using var buffer = new MemoryStream();
            buffer.Write("{\"objects\":["u8);
            for (var j = i; j < Math.Min(i + perEnvelope, objects.Count); j++)
            {
                if (j > i)
                {
                    buffer.WriteByte((byte)',');
                }

                buffer.Write(objects[j]);
            }

            buffer.Write("]}"u8);
            envelopes.Add(buffer.ToArray());
        }

        return envelopes;
    }
}
