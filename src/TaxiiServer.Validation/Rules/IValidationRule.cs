using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// One STIX 2.1 MUST rule that JSON schemas cannot express. Implementations are stateless and thread-safe, never
/// throw on malformed input (the structural and schema checks report shape problems), and allocate nothing when the
/// object passes.
/// </summary>
public interface IValidationRule
{
    /// <summary>The stable rule id (such as <c>spec.ref-type</c>) that partners and logs match on.</summary>
    string Id { get; }

    /// <summary>
    /// Appends every problem the rule finds in <paramref name="stixObject"/> to <paramref name="problems"/>, each with
    /// this rule's id, the RFC 6901 pointer of the offending value inside the object and an actionable reason.
    /// </summary>
    void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems);
}
