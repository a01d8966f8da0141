using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TaxiiServer.Cli.Commands;

/// <summary>
/// roots: API roots, with the validation setting stored on each (issue 5). The table shows the validation ingest
/// applies; a value the root does not store itself is marked "(inherited)": it comes from server configuration.
/// </summary>
internal static class RootCommands
{
    /// <summary>The option value that clears a stored validation field, so configuration decides again.</summary>
    public const string Inherit = "inherit";

    private static readonly TableColumn[] Columns =
    [
        TableColumn.Of("name"),
        TableColumn.Of("title"),
        TableColumn.Of("maxContentLength"),
        Validation("policy", "policy"),
        Validation("customObjects", "acceptCustomObjects"),
        Validation("customProperties", "acceptCustomProperties"),
        TableColumn.Of("description"),
    ];

    public static async Task<int> RunAsync(TaxiiHttp http, CliArguments cli, TextWriter output, CancellationToken ct)
    {
        var verb = cli.Require(1, "roots sub-command");
        string Name() => Uri.EscapeDataString(cli.Require(2, "API root name"));
        var result = verb switch
        {
            "list" => await http.SendJsonAsync(HttpMethod.Get, "admin/v1/api-roots", null, ct),
            "show" => await http.SendJsonAsync(HttpMethod.Get, $"admin/v1/api-roots/{Name()}", null, ct),
            "create" => await http.SendJsonAsync(HttpMethod.Post, "admin/v1/api-roots", Body(cli), ct),
            "update" => await http.SendJsonAsync(HttpMethod.Patch, $"admin/v1/api-roots/{Name()}", Body(cli), ct),
            "delete" => await http.SendJsonAsync(HttpMethod.Delete, $"admin/v1/api-roots/{Name()}", null, ct),
            _ => throw new CliUsageException($"unknown roots sub-command '{verb}'"),
        };
        TablePrinter.Print(output, result, cli.Has("json"), Columns);
        return 0;
    }

    /// <summary>
    /// The request body. "validation" is sent only when a validation option is given, and holds only those options:
    /// the server keeps every member left out, and clears one sent as null (<c>inherit</c>).
    /// </summary>
    public static JsonObject Body(CliArguments cli)
    {
        var body = new JsonObject
        {
            ["name"] = cli.Positionals.ElementAtOrDefault(2),
            ["title"] = cli.Option("title"),
            ["description"] = cli.Option("description"),
            ["maxContentLength"] = cli.Option("max-content-length") is { } m ? ParseLength(m) : null,
        };
        var validation = new JsonObject();
        // The policy goes to the server as written: it knows the modes and names the field when one is unknown.
        AddValidation(cli, validation, "policy", "policy", text => text);
        AddValidation(cli, validation, "accept-custom-objects", "acceptCustomObjects", ParseBoolean("accept-custom-objects"));
        AddValidation(cli, validation, "accept-custom-properties", "acceptCustomProperties", ParseBoolean("accept-custom-properties"));
        if (validation.Count > 0)
        {
            body["validation"] = validation;
        }

        return body;
    }

    private static void AddValidation(
        CliArguments cli, JsonObject validation, string option, string member, Func<string, JsonNode?> read)
    {
        if (!cli.Has(option))
        {
            return;
        }

        var text = cli.Option(option) ?? throw new CliUsageException($"--{option} needs a value");
        validation[member] = text == Inherit ? null : read(text);
    }

    private static Func<string, JsonNode?> ParseBoolean(string option) => text => text switch
    {
        "true" => true,
        "false" => false,
        _ => throw new CliUsageException($"--{option} takes true, false or {Inherit}, not '{text}'"),
    };

    private static long ParseLength(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            ? length
            : throw new CliUsageException($"--max-content-length takes a number of bytes, not '{text}'");

    /// <summary>The effective value of a validation member, marked when the root does not store it.</summary>
    private static TableColumn Validation(string header, string member) => new(header, item =>
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("effectiveValidation", out var effective) ||
            effective.ValueKind != JsonValueKind.Object || !effective.TryGetProperty(member, out var value))
        {
            return "";
        }

        var stored = item.TryGetProperty("validation", out var own) && own.ValueKind == JsonValueKind.Object &&
            own.TryGetProperty(member, out var ownValue) && ownValue.ValueKind != JsonValueKind.Null;
        return stored ? TablePrinter.Text(value) : TablePrinter.Text(value) + " (inherited)";
    });
}
