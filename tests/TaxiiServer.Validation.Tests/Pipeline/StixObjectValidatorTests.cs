using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Tests.Pipeline;

public class StixObjectValidatorTests
{
    [TestCase("""{"type":5,"spec_version":"2.1","id":"indicator--d81f86b9-975b-4c0b-875e-810c5ad45a4f","created":"2026-01-01T00:00:00Z","modified":"2026-01-01T00:00:00Z"}""", "a number")]
    [TestCase("""{"type":["file"],"spec_version":"2.1","id":"file--d81f86b9-975b-4c0b-875e-810c5ad45a4f","name_enc":"utf-8"}""", "a JSON array")]
    public void A_type_that_is_not_a_string_is_reported_rather_than_thrown(string json, string kind)
    {
        // The strict pipeline used to throw here: some MUST rules compared the type with ValueEquals.
        var validator = new StixObjectValidator(PipelineFixtures.Schemas("project"));
        using var document = JsonDocument.Parse(json);
        var verdict = validator.Validate(document.RootElement, new ValidationContext(AcceptsStix20: false));
        Assert.That(verdict.Message, Does.Contain($"structure.required at /type: 'type' must be a string, not {kind}"));
    }
}
