using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TaxiiServer.Validation.Tests.Generation;

/// <summary>
/// One row of the mutation table (<c>mutations.json</c>): a change to a fixture seed that breaks exactly one inventory
/// row, and the rule id and JSON pointer the validator must refuse it with.
/// </summary>
/// <param name="Row">The inventory row it breaks (the <c>rule_id</c>-level row name of docs/validation-rules).</param>
/// <param name="Seed">The fixture seed it starts from.</param>
/// <param name="Remove">Pointers of values to remove, applied first.</param>
/// <param name="Set">Pointer → JSON value to put there (a missing last step is added; list indexes replace).</param>
/// <param name="Rule">The rule id of the expected problem (<c>spec.hash-algorithm</c>, <c>schema.anyOf</c>, ...).</param>
/// <param name="At">The JSON pointer of the expected problem; empty for the object itself.</param>
/// <param name="Also">
/// Other rule ids that may report the same break because the same MUST is checked twice (a reference's type by the
/// schema's pattern and by <c>spec.ref-type</c>); any other rule id fails the row.
/// </param>
public sealed record Mutation(string Row, string Seed, string[] Remove, Dictionary<string, JsonElement> Set, string Rule, string At, string[] Also)
{
    internal static string TablePath => Testing.SharedData.InRepository("tests/TaxiiServer.Validation.Tests/Generation/mutations.json");

    internal static IReadOnlyList<Mutation> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(TablePath));
        return document.RootElement.EnumerateArray().Select(Read).ToList();
    }

    /// <summary>The seed with this mutation applied, as JSON text.</summary>
    internal string Apply(GeneratedObject seed)
    {
        var root = seed.Parse();
        foreach (var pointer in Remove)
        {
            var (parent, token) = Parent(root, pointer);
            var removed = parent switch
            {
                JsonObject o => o.Remove(token),
                JsonArray a when int.TryParse(token, CultureInfo.InvariantCulture, out var i) && i < a.Count => RemoveAt(a, i),
                _ => false,
            };
            if (!removed)
            {
                throw new InvalidOperationException($"{Row}: nothing at {pointer} to remove in seed {Seed}");
            }
        }

        foreach (var (pointer, value) in Set)
        {
            var (parent, token) = Parent(root, pointer);
            var node = JsonNode.Parse(value.GetRawText());
            switch (parent)
            {
                case JsonObject o:
                    o[token] = node;
                    break;
                case JsonArray a when token == "-":
                    a.Add(node);
                    break;
                case JsonArray a when int.TryParse(token, CultureInfo.InvariantCulture, out var i) && i < a.Count:
                    a[i] = node;
                    break;
                default:
                    throw new InvalidOperationException($"{Row}: cannot set {pointer} in seed {Seed}");
            }
        }

        return root.ToJsonString();
    }

    public override string ToString() => Row;

    private static bool RemoveAt(JsonArray array, int index)
    {
        array.RemoveAt(index);
        return true;
    }

    // The container of the pointer's last step, and that step unescaped (RFC 6901).
    private static (JsonNode Parent, string Token) Parent(JsonNode root, string pointer)
    {
        var tokens = pointer.Split('/')[1..].Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
        var current = root;
        foreach (var token in tokens[..^1])
        {
            current = current switch
            {
                JsonObject o => o[token],
                JsonArray a => a[int.Parse(token, CultureInfo.InvariantCulture)],
                _ => null,
            } ?? throw new InvalidOperationException($"pointer {pointer} leaves the object at '{token}'");
        }

        return (current, tokens[^1]);
    }

    private static Mutation Read(JsonElement entry)
    {
        string Text(string name) => entry.GetProperty(name).GetString()!;
        var remove = entry.TryGetProperty("remove", out var r) ? r.EnumerateArray().Select(p => p.GetString()!).ToArray() : [];
        var set = entry.TryGetProperty("set", out var s)
            ? s.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
            : new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var also = entry.TryGetProperty("also", out var a) ? a.EnumerateArray().Select(p => p.GetString()!).ToArray() : [];
        return new Mutation(Text("row"), Text("seed"), remove, set, Text("rule"), entry.TryGetProperty("at", out var at) ? at.GetString()! : "", also);
    }
}
