using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TaxiiServer.Cli.Commands;

/// <summary>
/// <c>import FILE --collection ID [--api-root NAME]</c>: reads a bundle (or envelope), splits it into envelopes that
/// fit the API root's max_content_length, posts them in order, follows each status until it completes, and prints
/// progress, a summary and every rejected object with the server's message.
/// </summary>
internal sealed class ImportCommand(TaxiiHttp http, TextWriter output)
{
    private static readonly TimeSpan StatusPoll = TimeSpan.FromMilliseconds(250);

    public async Task<int> RunAsync(CliArguments cli, CancellationToken ct)
    {
        var file = cli.Require(1, "bundle file");
        var collection = cli.RequireOption("collection");
        var objects = ReadObjects(file);
        var root = cli.Option("api-root") ?? await DefaultRootAsync(ct);
        var rootInfo = await http.TaxiiGetAsync($"taxii2/{root}/", ct);
        var max = rootInfo.GetProperty("max_content_length").GetInt64();
        var (envelopes, tooLarge) = EnvelopeSplitter.Split(objects.Select(o => o.Raw).ToList(), max);

        var rejected = tooLarge.Select(i => (objects[i].Id, $"larger than max_content_length ({max} bytes); not sent")).ToList();
        int sent = 0, accepted = 0;
        var clock = Stopwatch.StartNew();
        await output.WriteLineAsync($"Importing {objects.Count} objects from {Path.GetFileName(file)} into {root}/{collection} " +
            $"in {envelopes.Count} envelopes of at most {max} bytes");
        for (var i = 0; i < envelopes.Count; i++)
        {
            var status = await http.TaxiiPostAsync($"taxii2/{root}/collections/{collection}/objects/",
                EnvelopeSplitter.Write(envelopes[i]), ct);
            status = await FollowAsync(root, status, ct);
            sent += envelopes[i].Count;
            accepted += status.GetProperty("success_count").GetInt32();
            if (status.TryGetProperty("failures", out var failures) && failures.ValueKind == JsonValueKind.Array)
            {
                rejected.AddRange(failures.EnumerateArray().Select(f =>
                    (f.GetProperty("id").GetString() ?? "?", f.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "")));
            }

            var rate = sent / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"[{i + 1}/{envelopes.Count}] sent {sent}/{objects.Count}, accepted {accepted}, rejected {rejected.Count}, {rate:F0} objects/s"));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Summary: {objects.Count} objects, {accepted} accepted, {rejected.Count} rejected in {clock.Elapsed.TotalSeconds:F1} s"));
        foreach (var (id, message) in rejected)
        {
            await output.WriteLineAsync($"  rejected {id}: {message}");
        }

        return rejected.Count == 0 ? 0 : 1;
    }

    private static List<(string Id, byte[] Raw)> ReadObjects(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(file), new JsonDocumentOptions { MaxDepth = 256 });
        if (!document.RootElement.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array)
        {
            throw new CliUsageException($"{file} is neither a STIX bundle nor a TAXII envelope (no \"objects\" array)");
        }

        return [.. objects.EnumerateArray().Select(o => (
            o.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : "(no id)",
            Encoding.UTF8.GetBytes(o.GetRawText())))];
    }

    private async Task<string> DefaultRootAsync(CancellationToken ct)
    {
        var discovery = await http.TaxiiGetAsync("taxii2/", ct);
        if (discovery.TryGetProperty("default", out var d) && d.GetString() is { } url)
        {
            return url.TrimEnd('/').Split('/')[^1];
        }

        throw new CliUsageException("the server names no default API root; give --api-root");
    }

    /// <summary>Polls the status until nothing is pending (the server usually answers complete at once).</summary>
    private async Task<JsonElement> FollowAsync(string root, JsonElement status, CancellationToken ct)
    {
        while (status.GetProperty("status").GetString() != "complete")
        {
            await Task.Delay(StatusPoll, ct);
            status = await http.TaxiiGetAsync($"taxii2/{root}/status/{status.GetProperty("id").GetString()}/", ct);
        }

        return status;
    }
}
