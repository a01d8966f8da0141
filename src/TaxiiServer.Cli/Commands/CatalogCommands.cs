namespace TaxiiServer.Cli.Commands;

/// <summary>collections and grants: thin calls to /admin/v1 with readable tables.</summary>
internal static class CatalogCommands
{
    private static readonly string[] CollectionColumns = ["id", "apiRoot", "title", "alias", "mediaTypes"];
    private static readonly string[] GrantColumns = ["account", "collectionId", "read", "write"];

    public static async Task<int> CollectionsAsync(TaxiiHttp http, CliArguments cli, TextWriter output, CancellationToken ct)
    {
        var verb = cli.Require(1, "collections sub-command");
        string Arg(string what) => Uri.EscapeDataString(cli.Require(2, what));
        object Body() => new
        {
            id = cli.Option("id"),
            title = cli.Option("title"),
            description = cli.Option("description"),
            alias = cli.Option("alias"),
            mediaTypes = cli.Option("media-types")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
        var result = verb switch
        {
            "list" => await http.SendJsonAsync(HttpMethod.Get, $"admin/v1/api-roots/{Arg("API root name")}/collections", null, ct),
            "create" => await http.SendJsonAsync(HttpMethod.Post, $"admin/v1/api-roots/{Arg("API root name")}/collections", Body(), ct),
            "update" => await http.SendJsonAsync(HttpMethod.Patch, $"admin/v1/collections/{Arg("collection id")}", Body(), ct),
            "delete" => await http.SendJsonAsync(HttpMethod.Delete,
                $"admin/v1/collections/{Arg("collection id")}{(cli.Has("force") ? "?force=true" : "")}", null, ct),
            _ => throw new CliUsageException($"unknown collections sub-command '{verb}'"),
        };
        TablePrinter.Print(output, result, cli.Has("json"), CollectionColumns);
        return 0;
    }

    public static async Task<int> GrantsAsync(TaxiiHttp http, CliArguments cli, TextWriter output, CancellationToken ct)
    {
        var verb = cli.Require(1, "grants sub-command");
        var first = Uri.EscapeDataString(cli.Require(2, verb == "on" ? "collection id" : "account name"));
        string Collection() => Uri.EscapeDataString(cli.Require(3, "collection id"));
        var result = verb switch
        {
            "list" => await http.SendJsonAsync(HttpMethod.Get, $"admin/v1/accounts/{first}/grants", null, ct),
            "on" => await http.SendJsonAsync(HttpMethod.Get, $"admin/v1/collections/{first}/grants", null, ct),
            "set" => await http.SendJsonAsync(HttpMethod.Put, $"admin/v1/grants/{first}/{Collection()}",
                new { read = cli.Has("read"), write = cli.Has("write") }, ct),
            "remove" => await http.SendJsonAsync(HttpMethod.Delete, $"admin/v1/grants/{first}/{Collection()}", null, ct),
            _ => throw new CliUsageException($"unknown grants sub-command '{verb}'"),
        };
        TablePrinter.Print(output, result, cli.Has("json"), GrantColumns);
        return 0;
    }
}
