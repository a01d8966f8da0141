using System.Text.Json.Nodes;

namespace TaxiiServer.Validation.Tests.Generation;

/// <summary>One object the generator produced: where it came from, a name to find it by, and its JSON text.</summary>
/// <param name="Source"><c>fixture</c>, <c>oasis-examples/&lt;file&gt;</c>, <c>attack</c>, or a derivation of one of those.</param>
/// <param name="Name">The fixture's name for the seed (such as <c>file-ntfs-ext</c>), else the object's id.</param>
/// <param name="Json">The object as JSON text.</param>
internal sealed record GeneratedObject(string Source, string Name, string Json)
{
    public JsonObject Parse() => (JsonObject)JsonNode.Parse(Json)!;

    public override string ToString() => $"{Source}: {Name}";
}
