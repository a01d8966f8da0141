using System.Text;
using TaxiiServer.Cli.Commands;
using TaxiiServer.Testing;

namespace TaxiiServer.Cli.Tests;

public class ImportAndValidateTests
{
    private CliServerFactory _server = null!;
    private string _folder = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _server = new CliServerFactory();
        _folder = Path.Combine(Path.GetTempPath(), "taxii-cli-files", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string Bundle(params string[] objects)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, $$"""{ "type": "bundle", "id": "bundle--{{Guid.NewGuid()}}", "objects": [ {{string.Join(",", objects)}} ] }""");
        return path;
    }

    private static string Indicator(string? pattern = null) => $$"""
        { "type": "indicator", "spec_version": "2.1", "id": "indicator--{{Guid.NewGuid()}}",
          "created": "2024-01-01T00:00:00.000Z", "modified": "2024-01-01T00:00:00.000Z",
          "pattern": "{{pattern ?? "[ipv4-addr:value = '198.51.100.7']"}}", "pattern_type": "stix", "valid_from": "2024-01-01T00:00:00Z" }
        """;

    [Test]
    public async Task Import_reports_progress_a_summary_and_each_rejected_object_with_its_message()
    {
        var bad = Indicator("[ipv4-addr:value = ");
        var file = Bundle(Indicator(), bad, Indicator());

        var (exit, output, _) = await _server.RunAsync("import", file, "--collection", CliServerFactory.Collection);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output, Does.Match(@"\[1/1\] sent 3/3, accepted 2, rejected 1, \d+ objects/s"));
        Assert.That(output, Does.Contain("Summary: 3 objects, 2 accepted, 1 rejected"));
        Assert.That(output, Does.Match(@"rejected indicator--[0-9a-f-]+: \S+"));
    }

    [Test]
    public async Task Import_of_the_mobile_attack_bundle_splits_it_into_envelopes_within_max_content_length()
    {
        var file = Path.Combine(SharedData.RequireDirectory("stix/real"), "mobile-attack-14.1.json");

        var (_, output, error) = await _server.RunAsync("import", file, "--collection", CliServerFactory.Collection, "--api-root", "hub");

        Assert.That(error, Is.Empty);
        var progress = output.Split('\n').Where(l => l.StartsWith('[')).ToList();
        Assert.That(progress, Has.Count.GreaterThan(1), "a 4 MB bundle needs several 256 KiB envelopes");
        var summary = System.Text.RegularExpressions.Regex.Match(output, @"Summary: (\d+) objects, (\d+) accepted, (\d+) rejected");
        Assert.That(summary.Success, Is.True, output);
        await TestContext.Out.WriteLineAsync($"{progress.Count} envelopes; {summary.Value}");
        foreach (var line in output.Split('\n').Where(l => l.TrimStart().StartsWith("rejected ", StringComparison.Ordinal)))
        {
            await TestContext.Out.WriteLineAsync(line);
        }

        var total = int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var accepted = int.Parse(summary.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        var rejected = int.Parse(summary.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(accepted + rejected, Is.EqualTo(total));
        Assert.That(accepted, Is.GreaterThan(total / 2));
    }

    [Test]
    public void Envelopes_never_exceed_the_limit_and_keep_the_order()
    {
        var objects = Enumerable.Range(0, 50).Select(i => Encoding.UTF8.GetBytes($"{{\"n\":{i},\"pad\":\"{new string('x', i * 3)}\"}}")).ToList();
        objects.Insert(10, Encoding.UTF8.GetBytes($"{{\"huge\":\"{new string('y', 600)}\"}}"));

        var (envelopes, tooLarge) = EnvelopeSplitter.Split(objects, 500);

        Assert.That(tooLarge, Is.EqualTo(new[] { 10 }));
        Assert.That(envelopes.Select(e => EnvelopeSplitter.Write(e).Length), Is.All.LessThanOrEqualTo(500));
        Assert.That(envelopes.SelectMany(e => e), Is.EqualTo(objects.Where((_, i) => i != 10)));
    }

    [Test]
    public async Task Validate_prints_a_verdict_per_object_with_the_rule_that_failed()
    {
        var file = Bundle(Indicator(), Indicator("[ipv4-addr:value = "));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await new CliApp(output, error, _ => null).RunAsync(
            ["validate", file, "--schemas", SharedData.InRepository("schemas")]);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(lines.Count(l => l.StartsWith("valid ", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(lines.Single(l => l.StartsWith("INVALID", StringComparison.Ordinal)), Does.Contain("pattern"));
        Assert.That(lines[^1].Trim(), Is.EqualTo("Summary: 2 objects, 1 valid, 1 invalid"));
    }
}
