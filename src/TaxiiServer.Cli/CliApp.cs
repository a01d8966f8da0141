using TaxiiServer.Cli.Commands;

namespace TaxiiServer.Cli;

/// <summary>
/// The tool's entry: reads the connection settings (options, else TAXII_URL / TAXII_USER / TAXII_PASSWORD /
/// TAXII_API_KEY), dispatches to a command and maps failures to exit codes (0 ok, 1 refused or failed, 2 usage).
/// The HTTP client is injectable so tests drive an in-process server.
/// </summary>
public sealed class CliApp(TextWriter output, TextWriter error, Func<string, string?> environment, HttpClient? client = null)
{
    public const string Usage = """
        taxii-admin [--url URL] [--user NAME --password PW | --api-key KEY] [--json] COMMAND
          accounts list | show NAME | create NAME --new-password PW [--admin] | disable NAME | enable NAME
                   | promote NAME | demote NAME | password NAME --new-password PW | delete NAME
          keys list ACCOUNT | create ACCOUNT [--expires 2027-01-01T00:00:00Z] | revoke ACCOUNT KEY-ID
          roots list | show NAME | create NAME [--title T] [--description D] [--max-content-length N]
                [--policy strict|schema|off|inherit] [--accept-custom-objects true|false|inherit]
                [--accept-custom-properties true|false|inherit] | update NAME [...] | delete NAME
                (inherit clears the root's own value: server configuration decides)
          collections list ROOT | create ROOT --title T [--id UUID] [--alias A] [--description D] [--media-types M1,M2]
                      | update ID [--title T] [--alias A] [--description D] | delete ID [--force]
          grants list ACCOUNT | on COLLECTION | set ACCOUNT COLLECTION [--read] [--write] | remove ACCOUNT COLLECTION
          audit [--actor NAME] [--action A] [--since T] [--until T] [--limit N] [--cursor C]
          import FILE --collection ID [--api-root NAME]   split a bundle into envelopes and push it
          validate FILE [--schemas DIR]                   run the server's validation pipeline locally
        Environment: TAXII_URL (default http://127.0.0.1:5080), TAXII_USER, TAXII_PASSWORD, TAXII_API_KEY.
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct = default)
    {
        var cli = new CliArguments(args);
        if (cli.Positionals.Count == 0 || cli.Has("help"))
        {
            await output.WriteLineAsync(Usage);
            return cli.Positionals.Count == 0 && !cli.Has("help") ? 2 : 0;
        }

        try
        {
            var command = cli.Positionals[0];
            if (command == "validate")
            {
                return ValidateCommand.Run(cli, output);
            }

            var http = Connect(cli);
            return command switch
            {
                "import" => await new ImportCommand(http, output).RunAsync(cli, ct),
                "audit" => await AdminCommands.AuditAsync(http, cli, output, ct),
                "accounts" => await AdminCommands.AccountsAsync(http, cli, output, ct),
                "keys" => await AdminCommands.KeysAsync(http, cli, output, ct),
                "roots" => await RootCommands.RunAsync(http, cli, output, ct),
                "collections" => await CatalogCommands.CollectionsAsync(http, cli, output, ct),
                "grants" => await CatalogCommands.GrantsAsync(http, cli, output, ct),
                _ => throw new CliUsageException($"unknown command '{command}'"),
            };
        }
        catch (CliUsageException ex)
        {
            await error.WriteLineAsync($"taxii-admin: {ex.Message}");
            await error.WriteLineAsync(Usage);
            return 2;
        }
        catch (CliRequestException ex)
        {
            await error.WriteLineAsync($"taxii-admin: {ex.Message}");
            return 1;
        }
        catch (HttpRequestException ex)
        {
            await error.WriteLineAsync($"taxii-admin: cannot reach the server: {ex.Message}");
            return 1;
        }
        catch (IOException ex)
        {
            await error.WriteLineAsync($"taxii-admin: {ex.Message}");
            return 1;
        }
    }

    private TaxiiHttp Connect(CliArguments cli)
    {
        var url = cli.Option("url") ?? environment("TAXII_URL") ?? "http://127.0.0.1:5080";
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var baseUrl))
        {
            throw new CliUsageException($"'{url}' is not an absolute URL");
        }

        return new TaxiiHttp(client ?? new HttpClient { Timeout = TimeSpan.FromMinutes(5) }, baseUrl,
            cli.Option("user") ?? environment("TAXII_USER"),
            cli.Option("password") ?? environment("TAXII_PASSWORD"),
            cli.Option("api-key") ?? environment("TAXII_API_KEY"));
    }
}
