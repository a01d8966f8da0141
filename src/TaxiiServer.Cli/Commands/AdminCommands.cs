using System.Text.Json;

namespace TaxiiServer.Cli.Commands;

/// <summary>accounts, keys and audit: thin calls to /admin/v1 with readable tables.</summary>
internal static class AdminCommands
{
    private static readonly string[] AccountColumns = ["name", "isAdmin", "disabled"];
    private static readonly string[] KeyColumns = ["id", "prefix", "created", "lastUsed", "expires", "revoked"];
    private static readonly string[] AuditFilters = ["actor", "action", "since", "until", "limit", "cursor"];

    public static async Task<int> AccountsAsync(TaxiiHttp http, CliArguments cli, TextWriter output, CancellationToken ct)
    {
        var json = cli.Has("json");
        var verb = cli.Require(1, "accounts sub-command");
        string Name() => Uri.EscapeDataString(cli.Require(2, "account name"));
        JsonElement result = verb switch
        {
            "list" => await http.SendJsonAsync(HttpMethod.Get, "admin/v1/accounts", null, ct),
            "show" => await http.SendJsonAsync(HttpMethod.Get, $"admin/v1/accounts/{Name()}", null, ct),
            "create" => await http.SendJsonAsync(HttpMethod.Post, "admin/v1/accounts",
                new { name = cli.Require(2, "account name"), password = cli.RequireOption("new-password"), isAdmin = cli.Has("admin") }, ct),
            "disable" => await http.SendJsonAsync(HttpMethod.Patch, $"admin/v1/accounts/{Name()}", new { disabled = true }, ct),
            "enable" => await http.SendJsonAsync(HttpMethod.Patch, $"admin/v1/accounts/{Name()}", new { disabled = false }, ct),
            "promote" => await http.SendJsonAsync(HttpMethod.Patch, $"admin/v1/accounts/{Name()}", new { isAdmin = true }, ct),
            "demote" => await http.SendJsonAsync(HttpMethod.Patch, $"admin/v1/accounts/{Name()}", new { isAdmin = false }, ct),
            "password" => await http.SendJsonAsync(HttpMethod.Put, $"admin/v1/accounts/{Name()}/password",
                new { password = cli.RequireOption("new-password") }, ct),
            "delete" => await http.SendJsonAsync(HttpMethod.Delete, $"admin/v1/accounts/{Name()}", null, ct),
            _ => throw new CliUsageException($"unknown accounts sub-command '{verb}'"),
        };
        TablePrinter.Print(output, result, json, AccountColumns);
        return 0;
    }

    public static async Task<int> KeysAsync(TaxiiHttp http, CliArguments cli, TextWriter output, CancellationToken ct)
    {
        var json = cli.Has("json");
        var verb = cli.Require(1, "keys sub-command");
        var account = Uri.EscapeDataString(cli.Require(2, "account name"));
        switch (verb)
        {
            case "list":
                TablePrinter.Print(output, await http.SendJsonAsync(HttpMethod.Get, $"admin/v1/accounts/{account}/keys", null, ct), json, KeyColumns);
                return 0;
            case "create":
                var created = await http.SendJsonAsync(HttpMethod.Post, $"admin/v1/accounts/{account}/keys",
                    new { expires = cli.Option("expires") is { } e ? DateTimeOffset.Parse(e, System.Globalization.CultureInfo.InvariantCulture) : (DateTimeOffset?)null }, ct);
                if (json)
                {
                    output.WriteLine(JsonSerializer.Serialize(created, TablePrinter.Indented));
                    return 0;
                }

                TablePrinter.Print(output, created.GetProperty("key"), false, KeyColumns);
                output.WriteLine();
                output.WriteLine($"API key (shown once, store it now): {created.GetProperty("secret").GetString()}");
                return 0;
            case "revoke":
                var id = Uri.EscapeDataString(cli.Require(3, "key id"));
                TablePrinter.Print(output, await http.SendJsonAsync(HttpMethod.Delete, $"admin/v1/accounts/{account}/keys/{id}", null, ct), json, KeyColumns);
                return 0;
            default:
                throw new CliUsageException($"unknown keys sub-command '{verb}'");
        }
    }

    public static async Task<int> AuditAsync(TaxiiHttp http, CliArguments cli, TextWriter output, CancellationToken ct)
    {
        var query = string.Join("&", AuditFilters
            .Where(cli.Has).Select(n => n + "=" + Uri.EscapeDataString(cli.Option(n) ?? "")));
        var page = await http.SendJsonAsync(HttpMethod.Get, "admin/v1/audit" + (query.Length > 0 ? "?" + query : ""), null, ct);
        if (cli.Has("json"))
        {
            output.WriteLine(JsonSerializer.Serialize(page, TablePrinter.Indented));
            return 0;
        }

        TablePrinter.Print(output, page.GetProperty("records"), false, "timestamp", "actor", "source", "action", "target", "outcome", "details");
        if (page.GetProperty("next").GetString() is { } next)
        {
            output.WriteLine($"more: --cursor {next}");
        }

        return 0;
    }
}
