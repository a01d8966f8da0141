using TaxiiServer.Validation.Rules;

namespace TaxiiServer.Validation.Tests.Rules;

public class CustomContentRulesTests
{
    private static readonly RuleContext Strict = new(AcceptsCustomObjects: false, AcceptsCustomProperties: false);

    [TestCase("""{"type":"x-acme-widget","x_acme_size":1}""")] // the default policy accepts custom content
    public void The_default_policy_accepts_custom_objects_and_properties(string json)
    {
        RuleRunner.AssertNone(new CustomObjectRule(), json);
        RuleRunner.AssertNone(new CustomPropertyRule(), json);
    }

    [TestCase("""{"type":"attack-pattern"}""")] // an SDO
    [TestCase("""{"type":"windows-registry-key"}""")] // an SCO
    [TestCase("""{"type":"marking-definition"}""")] // a meta object
    public void Spec_defined_types_pass_a_strict_policy(string json) =>
        RuleRunner.AssertNone(new CustomObjectRule(), json, Strict);

    [TestCase("""{"type":"x-mitre-tactic"}""")] // a custom SDO
    [TestCase("""{"type":"acme-flow"}""")] // a type introduced by an extension-definition is still not spec-defined
    public void Custom_types_are_rejected_by_a_strict_policy(string json) =>
        RuleRunner.AssertSingle(new CustomObjectRule(), json, "spec.custom-object at /type", Strict);

    [TestCase("""{"type":"indicator","id":"i","spec_version":"2.1","created":"c","modified":"m","pattern":"p","pattern_type":"stix","valid_from":"v","labels":["x"],"extensions":{}}""")] // only spec properties
    [TestCase("""{"type":"file","id":"f","spec_version":"2.1","name":"n","defanged":true}""")] // SCO common properties
    [TestCase("""{"type":"malware","x_acme_toplevel":1,"extensions":{"extension-definition--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d":{"extension_type":"toplevel-property-extension"}}}""")] // defined by a top-level extension
    [TestCase("""{"type":"x-acme","anything":1}""")] // custom types have no property list (the custom-object rule decides)
    public void Spec_properties_pass_a_strict_policy(string json) =>
        RuleRunner.AssertNone(new CustomPropertyRule(), json, Strict);

    [TestCase("""{"type":"campaign","name":"c","x_acme_score":1}""", "/x_acme_score")] // an x_ custom property
    [TestCase("""{"type":"ipv4-addr","value":"1.2.3.4","created":"2026-01-01T00:00:00Z"}""", "/created")] // SCOs have no created
    [TestCase("""{"type":"marking-definition","name":"m","modified":"2026-01-01T00:00:00Z"}""", "/modified")] // marking definitions have no modified
    public void Custom_properties_are_rejected_by_a_strict_policy(string json, string location) =>
        RuleRunner.AssertSingle(new CustomPropertyRule(), json, "spec.custom-property at " + location, Strict);
}
