using System.Text.Json;

namespace TaxiiServer.Cli.Tests;

/// <summary>Issue 5: roots create/update set, keep and clear the validation setting, and show what applies.</summary>
public class RootPolicyCommandsTests
{
    private CliServerFactory _server = null!;

    [OneTimeSetUp]
    public void Start() => _server = new CliServerFactory();

    [OneTimeTearDown]
    public void Stop() => _server.Dispose();

    private static string NewRoot() => "p" + Guid.NewGuid().ToString("N")[..8];

    private static JsonElement Json(string output) => JsonDocument.Parse(output).RootElement.Clone();

    /// <summary>A member of --json output without the indentation, to compare as one line.</summary>
    private static string Compact(JsonElement json, string member) => JsonSerializer.Serialize(json.GetProperty(member));

    [Test]
    public async Task Create_stores_the_options_given_and_json_shows_stored_and_effective_values()
    {
        var root = NewRoot();

        var created = await _server.RunAsync("roots", "create", root, "--policy", "schema", "--accept-custom-objects", "false", "--json");

        Assert.That(created.Exit, Is.Zero, created.Err);
        var json = Json(created.Out);
        Assert.That(Compact(json, "validation"),
            Is.EqualTo("""{"policy":"schema","acceptCustomObjects":false,"acceptCustomProperties":null}"""));
        Assert.That(Compact(json, "effectiveValidation"),
            Is.EqualTo("""{"policy":"schema","acceptCustomObjects":false,"acceptCustomProperties":true}"""));
    }

    [Test]
    public async Task The_table_shows_what_applies_and_marks_what_comes_from_configuration()
    {
        var root = NewRoot();
        await _server.RunAsync("roots", "create", root, "--policy", "off");

        var shown = await _server.RunAsync("roots", "show", root);

        var lines = shown.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Does.StartWith("NAME").And.Contain("POLICY").And.Contain("CUSTOMOBJECTS").And.Contain("CUSTOMPROPERTIES"));
        Assert.That(lines[1], Does.Contain(root).And.Contain("off ").And.Contain("true (inherited)"));
        Assert.That(lines[1], Does.Not.Contain("off (inherited)"));
    }

    [Test]
    public async Task Update_changes_only_the_options_given_and_inherit_clears_one()
    {
        var root = NewRoot();
        await _server.RunAsync("roots", "create", root, "--policy", "strict", "--accept-custom-properties", "false");

        var renamed = await _server.RunAsync("roots", "update", root, "--title", "Renamed", "--json");
        var cleared = await _server.RunAsync("roots", "update", root, "--policy", "inherit", "--json");

        Assert.That(Compact(Json(renamed.Out), "validation"),
            Is.EqualTo("""{"policy":"strict","acceptCustomObjects":null,"acceptCustomProperties":false}"""), "no option, no change");
        Assert.That(Compact(Json(cleared.Out), "validation"),
            Is.EqualTo("""{"policy":null,"acceptCustomObjects":null,"acceptCustomProperties":false}"""));
        Assert.That(Json(cleared.Out).GetProperty("title").GetString(), Is.EqualTo("Renamed"));
    }

    [Test]
    public async Task An_unknown_policy_is_refused_by_the_server_naming_the_field()
    {
        var root = NewRoot();
        await _server.RunAsync("roots", "create", root);

        var refused = await _server.RunAsync("roots", "update", root, "--policy", "lenient");

        Assert.That(refused.Exit, Is.EqualTo(1));
        Assert.That(refused.Err, Does.Contain("400").And.Contain("validation.policy"));
    }

    [TestCase("--accept-custom-objects", "yes")] // booleans are true, false or inherit
    [TestCase("--accept-custom-properties", "1")]
    [TestCase("--max-content-length", "ten")] // was an unhandled FormatException before
    public async Task A_malformed_option_is_a_usage_error(string option, string value)
    {
        var usage = await _server.RunAsync("roots", "update", "hub", option, value);

        Assert.That(usage.Exit, Is.EqualTo(2));
        Assert.That(usage.Err, Does.Contain(option));
    }

    [Test]
    public async Task An_option_without_its_value_is_a_usage_error()
    {
        var usage = await _server.RunAsync("roots", "update", "hub", "--policy");

        Assert.That(usage.Exit, Is.EqualTo(2));
        Assert.That(usage.Err, Does.Contain("--policy needs a value"));
    }
}
