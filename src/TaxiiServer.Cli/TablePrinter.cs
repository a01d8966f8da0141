using System.Text.Json;

namespace TaxiiServer.Cli;

/// <summary>Prints JSON arrays as aligned text tables, or the JSON itself with <c>--json</c>.</summary>
internal static class TablePrinter
{
    public static void Print(TextWriter output, JsonElement rows, bool json, params string[] columns)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(rows, Indented));
            return;
        }

        var items = rows.ValueKind == JsonValueKind.Array ? rows.EnumerateArray().ToList() : [rows];
        var cells = items.Select(item => columns.Select(c => Cell(item, c)).ToArray()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        output.WriteLine(string.Join("  ", columns.Select((c, i) => c.ToUpperInvariant().PadRight(widths[i]))).TrimEnd());
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

    private static string Cell(JsonElement item, string column) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(column, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() ?? "",
                JsonValueKind.Null => "",
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Array => string.Join(",", value.EnumerateArray().Select(v => v.ToString())),
                _ => value.ToString(),
            }
            : "";
}
