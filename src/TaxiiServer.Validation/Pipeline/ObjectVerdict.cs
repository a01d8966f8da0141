using System.Text.Json;
using TaxiiServer.Core.Stix;

namespace TaxiiServer.Validation.Pipeline;

/// <summary>
/// The verdict on one object of an envelope, with what the store needs when it is valid. <see cref="Id"/>,
/// <see cref="Type"/> and <see cref="Version"/> are read from <see cref="Element"/> on each access (the checks judge
/// the JSON without building those strings, and ingest asks once), so ask while the envelope's document is alive.
/// </summary>
public sealed class ObjectVerdict
{
    internal ObjectVerdict(JsonElement element, string specVersion, IReadOnlyList<ValidationProblem> problems)
    {
        Element = element;
        SpecVersion = specVersion;
        Problems = problems;
    }

    /// <summary>The object as parsed; valid only while its envelope's document is alive.</summary>
    public JsonElement Element { get; }

    /// <summary>The object's id when it has a string one (also reported for rejected objects).</summary>
    public string? Id => StringProperty(Element, "id"u8);

    /// <summary>The object's type when it has a string one.</summary>
    public string? Type => StringProperty(Element, "type"u8);

    /// <summary><c>2.1</c>, or <c>2.0</c> when the object has no <c>spec_version</c>.</summary>
    public string SpecVersion { get; }

    /// <summary>modified, else created (each when it is a valid timestamp); null when neither is (derived at storage).</summary>
    public StixVersion? Version => Timestamp(Element, "modified"u8) ?? Timestamp(Element, "created"u8);

    /// <summary>Every problem found; empty when the object is valid.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    public bool IsValid => Problems.Count == 0;

    /// <summary>All problems joined into one status message.</summary>
    public string Message => string.Join("; ", Problems);

    /// <summary>The same verdict with other problems.</summary>
    internal ObjectVerdict WithProblems(IReadOnlyList<ValidationProblem> problems) => new(Element, SpecVersion, problems);

    private static string? StringProperty(JsonElement obj, ReadOnlySpan<byte> name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static StixVersion? Timestamp(JsonElement obj, ReadOnlySpan<byte> name) =>
        StixVersion.TryParse(StringProperty(obj, name), out var parsed) ? parsed : null;
}
