using System.Text.Json;

namespace TaxiiServer.Cli.Tests;

public class AdminCommandsTests
{
    private CliServerFactory _server = null!;

    [OneTimeSetUp]
    public void Start() => _server = new CliServerFactory();

    [OneTimeTearDown]
    public void Stop() => _server.Dispose();

    private static string NewName() => "cli-" + Guid.NewGuid().ToString("N")[..8];

    [Test]
    public async Task Accounts_are_created_listed_as_a_table_disabled_and_deleted()
    {
        var name = NewName();

        var created = await _server.RunAsync("accounts", "create", name, "--new-password", "partner-password-1");
        var listed = await _server.RunAsync("accounts", "list");
        var disabled = await _server.RunAsync("accounts", "disable", name, "--json");
        var deleted = await _server.RunAsync("accounts", "delete", name);

        Assert.That(created.Exit, Is.Zero, created.Err);
        Assert.That(listed.Out, Does.StartWith("NAME").And.Contain(name));
        Assert.That(JsonDocument.Parse(disabled.Out).RootElement.GetProperty("disabled").GetBoolean(), Is.True);
        Assert.That(deleted.Exit, Is.Zero);
        Assert.That((await _server.RunAsync("accounts", "show", name)).Exit, Is.EqualTo(1));
    }

    [Test]
    public async Task A_key_is_shown_once_and_then_authenticates_the_cli_itself()
    {
        var name = NewName();
        await _server.RunAsync("accounts", "create", name, "--new-password", "partner-password-1", "--admin");

        var created = await _server.RunAsync("keys", "create", name);
        var key = created.Out.Split('\n').Single(l => l.StartsWith("API key", StringComparison.Ordinal)).Split(": ")[1].Trim();
        var withKey = await _server.RunWithAsync(
            new Dictionary<string, string?> { ["TAXII_URL"] = "http://localhost", ["TAXII_API_KEY"] = key }, "keys", "list", name);

        Assert.That(key, Does.StartWith("taxii_"));
        Assert.That(withKey.Exit, Is.Zero, withKey.Err);
        Assert.That(withKey.Out, Does.Contain(key[..14]).And.Not.Contain(key[15..]));
    }

    [Test]
    public async Task Roots_collections_and_grants_are_managed_and_audited()
    {
        var root = "r" + Guid.NewGuid().ToString("N")[..8];
        var name = NewName();
        await _server.RunAsync("accounts", "create", name, "--new-password", "partner-password-1");

        Assert.That((await _server.RunAsync("roots", "create", root, "--title", "Partner root")).Exit, Is.Zero);
        var collection = await _server.RunAsync("collections", "create", root, "--title", "Drops", "--alias", "drops", "--json");
        var id = JsonDocument.Parse(collection.Out).RootElement.GetProperty("id").GetString()!;
        var grant = await _server.RunAsync("grants", "set", name, id, "--read", "--write");
        var grants = await _server.RunAsync("grants", "list", name);
        var audit = await _server.RunAsync("audit", "--actor", "admin", "--action", "grant.set");

        Assert.That(grant.Exit, Is.Zero, grant.Err);
        Assert.That(grants.Out, Does.Contain(id).And.Contain("true"));
        Assert.That(audit.Out, Does.Contain($"{name}/{id}"));
    }

    [Test]
    public async Task Server_refusals_and_usage_mistakes_have_distinct_exit_codes()
    {
        var refused = await _server.RunAsync("accounts", "show", "nobody-here");
        var usage = await _server.RunAsync("accounts", "frobnicate");
        var anonymous = await _server.RunWithAsync(new Dictionary<string, string?> { ["TAXII_URL"] = "http://localhost" }, "accounts", "list");

        Assert.That(refused.Exit, Is.EqualTo(1));
        Assert.That(refused.Err, Does.Contain("404").And.Contain("No account 'nobody-here'"));
        Assert.That(usage.Exit, Is.EqualTo(2));
        Assert.That(anonymous.Exit, Is.EqualTo(1));
        Assert.That(anonymous.Err, Does.Contain("401"));
    }
}
