using System.Text.Json;

namespace TaxiiServer.Cli;

/// <summary>A table column: its header and how a cell is read from one JSON row.</summary>
internal sealed record TableColumn(string Header, Func<JsonElement, string> Cell)
{
    /// <summary>The column showing the row's top-level property <paramref name="name"/>.</summary>
    public static TableColumn Of(string name) => new(name, item => TablePrinter.Cell(item, name));
}

/// <summary>Prints JSON arrays as aligned text tables, or the JSON itself with <c>--json</c>.</summary>
internal static class TablePrinter
{
    public static void Print(TextWriter output, JsonElement rows, bool json, params string[] columns) =>
        Print(output, rows, json, columns.Select(TableColumn.Of).ToArray());

    public static void Print(TextWriter output, JsonElement rows, bool json, IReadOnlyList<TableColumn> columns)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(rows, Indented));
            return;
        }

        var items = rows.ValueKind == JsonValueKind.Array ? rows.EnumerateArray().ToList() : [rows];
        var cells = items.Select(item => columns.Select(c => c.Cell(item)).ToArray()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Header.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        output.WriteLine(string.Join("  ", columns.Select((c, i) => c.Header.ToUpperInvariant().PadRight(widths[i]))).TrimEnd());
        foreach (var row in cells)
        {
            output.WriteLine(string.Join("  ", row.Select((v, i) => v.PadRight(widths[i]))).TrimEnd());
        }

        if (cells.Count == 0)
        {
            output.WriteLine("(none)");
        }
    }

    public static JsonSerializerOptions Indented { get; } = new() { WriteIndented = true };

    /// <summary>The text of property <paramref name="column"/> of an object row; empty when absent or null.</summary>
    public static string Cell(JsonElement item, string column) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(column, out var value) ? Text(value) : "";

    public static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join(",", value.EnumerateArray().Select(v => v.ToString())),
        _ => value.ToString(),
    };
}
