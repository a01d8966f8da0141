using TaxiiServer.Validation.Rules;

namespace TaxiiServer.Validation.Tests.Rules;

public class PropertyNameRuleTests
{
    private static readonly PropertyNameRule Rule = new();

    [TestCase("""{"type":"campaign","id":"campaign--1","x_acme_score":1}""")] // id is the one short name allowed; x_ custom names are fine
    [TestCase("""{"type":"file","hashes":{"SHA-256":"ab","x_custom-hash":"cd"}}""")] // hashes keys are dictionary keys
    [TestCase("""{"type":"file","extensions":{"x509-v3-extensions-type":{"basic_constraints":"x"},"extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e":{"extension_type":"property-extension"}}}""")] // extension names are keys
    [TestCase("""{"type":"process","environment_variables":{"PATH":"/bin"}}""")] // environment variable names are keys
    [TestCase("""{"type":"email-message","additional_header_fields":{"X-Mailer":["x"]}}""")] // header names are keys
    [TestCase("""{"type":"indicator","external_references":[{"source_name":"x","hashes":{"MD5":"ab"}}]}""")] // nested hashes inside a list
    [TestCase("""{"type":"language-content","contents":{"de-CH":{"description":"x"}}}""")] // contents keys are language tags
    [TestCase("""{"type":"observed-data","objects":{"0":{"type":"file","name":"a"}}}""")] // the deprecated container is keyed by local references
    [TestCase("""{"type":"attack-pattern","x_mitre_data":{"Some Key":1}}""")] // inside a custom property the producer defines the shape
    public void Well_named_properties_pass(string json) => RuleRunner.AssertNone(Rule, json);

    [TestCase("""{"type":"campaign","X_Acme_Score":1}""", "/X_Acme_Score")] // must start with a lower-case letter
    [TestCase("""{"type":"campaign","x_acme_riskScore":1}""", "/x_acme_riskScore")] // the schema pattern only checks the first three characters
    [TestCase("""{"type":"campaign","ab":1}""", "/ab")] // too short
    [TestCase("""{"type":"campaign","1abc":1}""", "/1abc")] // starts with a digit
    [TestCase("""{"type":"campaign","x-acme":1}""", "/x-acme")] // hyphen is for type names, not property names
    [TestCase("""{"type":"campaign","kill_chain_phases":[{"kill_chain_name":"k","Phase":"p"}]}""", "/kill_chain_phases/0/Phase")] // nested objects too
    [TestCase("""{"type":"file","extensions":{"ntfs-ext":{"Sid":"x"}}}""", "/extensions/ntfs-ext/Sid")] // inside an extension
    [TestCase("""{"type":"file","extensions":{"a/b~c":{"Sid":"x"}}}""", "/extensions/a~1b~0c/Sid")] // pointer tokens are escaped
    [TestCase("""{"type":"observed-data","objects":{"0":{"type":"file","Name":"a"}}}""", "/objects/0/Name")] // but the contained objects' names are property names
    [TestCase("""{"type":"campaign","caf\u00e9":1}""", "/café")] // ASCII only
    public void Badly_named_properties_are_rejected(string json, string location) =>
        RuleRunner.AssertSingle(Rule, json, "spec.property-name at " + location);

    [Test]
    public void Every_bad_name_is_reported()
    {
        var problems = RuleRunner.Run(Rule, """{"type":"campaign","Ab":1,"CD":[{"Ef":1}]}""");
        Assert.That(problems, Has.Count.EqualTo(3));
    }

    [Test]
    public void A_250_character_name_passes_and_251_fails()
    {
        var ok = new string('a', 250);
        var tooLong = new string('a', 251);
        RuleRunner.AssertNone(Rule, $$"""{"{{ok}}":1}""");
        RuleRunner.AssertSingle(Rule, $$"""{"{{tooLong}}":1}""", "spec.property-name at /" + tooLong);
    }
}
