using System.Text.Json;
using TaxiiServer.Core.Stix;

namespace TaxiiServer.Validation.Pipeline;

/// <summary>
/// The verdict on one object of an envelope, with what the store needs when it is valid.
/// </summary>
/// <param name="Element">The object as parsed; valid only while its envelope's document is alive.</param>
/// <param name="Id">The object's id when it has a string one (also reported for rejected objects).</param>
/// <param name="Type">The object's type when it has a string one.</param>
/// <param name="SpecVersion"><c>2.1</c>, or <c>2.0</c> when the object has no <c>spec_version</c>.</param>
/// <param name="Version">modified, else created; null when the object has neither (derived at storage).</param>
/// <param name="Problems">Every problem found; empty when the object is valid.</param>
public sealed record ObjectVerdict(
    JsonElement Element,
    string? Id,
    string? Type,
    string SpecVersion,
    StixVersion? Version,
    IReadOnlyList<ValidationProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    /// <summary>All problems joined into one status message.</summary>
    public string Message => string.Join("; ", Problems);
}
