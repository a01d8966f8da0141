using TaxiiServer.Validation.Rules;

namespace TaxiiServer.Validation.Tests.Rules;

public class RefTypeRuleTests
{
    private static readonly RefTypeRule Rule = new();
    private const string U = "6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d";

    [TestCase("""{"type":"indicator","created_by_ref":"identity--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d"}""")] // identity creator
    [TestCase("""{"type":"indicator","object_marking_refs":["marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"]}""")] // a TLP marking
    [TestCase("""{"type":"relationship","source_ref":"x-mitre-tactic--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d","target_ref":"ipv4-addr--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d"}""")] // custom SDO to SCO
    [TestCase("""{"type":"sighting","sighting_of_ref":"x-acme-thing--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d","where_sighted_refs":["location--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d"]}""")] // custom types may be SDOs
    [TestCase("""{"type":"report","object_refs":["relationship--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d","marking-definition--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d"]}""")] // reports may list any object
    [TestCase("""{"type":"email-message","body_multipart":[{"body":"x"},{"body_raw_ref":"file--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d"}]}""")] // a file body part
    [TestCase("""{"type":"x-acme","sample_refs":["identity--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d"]}""")] // custom types' properties are not judged
    public void References_to_allowed_types_pass(string json) => RuleRunner.AssertNone(Rule, json);

    [TestCase("created_by_ref", "\"threat-actor--" + U + "\"", "indicator", "/created_by_ref")] // creator must be an identity
    [TestCase("object_marking_refs", "[\"marking-definition--" + U + "\",\"identity--" + U + "\"]", "indicator", "/object_marking_refs/1")] // markings only
    [TestCase("granular_markings", "[{\"marking_ref\":\"identity--" + U + "\",\"selectors\":[\"name\"]}]", "indicator", "/granular_markings/0/marking_ref")] // markings only
    [TestCase("sample_refs", "[\"url--" + U + "\"]", "malware", "/sample_refs/0")] // file or artifact only
    [TestCase("operating_system_refs", "[\"file--" + U + "\"]", "malware", "/operating_system_refs/0")] // software only
    [TestCase("source_ref", "\"sighting--" + U + "\"", "relationship", "/source_ref")] // SROs cannot be relationship ends
    [TestCase("target_ref", "\"marking-definition--" + U + "\"", "relationship", "/target_ref")] // nor markings
    [TestCase("sighting_of_ref", "\"ipv4-addr--" + U + "\"", "sighting", "/sighting_of_ref")] // sightings are of SDOs
    [TestCase("observed_data_refs", "[\"indicator--" + U + "\"]", "sighting", "/observed_data_refs/0")] // observed-data only
    [TestCase("where_sighted_refs", "[\"malware--" + U + "\"]", "sighting", "/where_sighted_refs/0")] // identity or location only
    [TestCase("src_ref", "\"url--" + U + "\"", "network-traffic", "/src_ref")] // addresses and domain names only
    [TestCase("to_refs", "[\"email-addr--" + U + "\",\"user-account--" + U + "\"]", "email-message", "/to_refs/1")] // email-addr only
    [TestCase("body_multipart", "[{\"body_raw_ref\":\"url--" + U + "\"}]", "email-message", "/body_multipart/0/body_raw_ref")] // artifact or file
    [TestCase("image_ref", "\"artifact--" + U + "\"", "process", "/image_ref")] // a file
    [TestCase("child_refs", "[\"file--" + U + "\"]", "process", "/child_refs/0")] // processes only
    [TestCase("creator_user_ref", "\"identity--" + U + "\"", "windows-registry-key", "/creator_user_ref")] // user-account only
    [TestCase("parent_directory_ref", "\"file--" + U + "\"", "file", "/parent_directory_ref")] // a directory
    [TestCase("contains_refs", "[\"indicator--" + U + "\"]", "file", "/contains_refs/0")] // SCOs only
    [TestCase("extensions", "{\"archive-ext\":{\"contains_refs\":[\"url--" + U + "\"]}}", "file", "/extensions/archive-ext/contains_refs/0")] // files or directories
    [TestCase("contains_refs", "[\"url--" + U + "\"]", "directory", "/contains_refs/0")] // files or directories
    [TestCase("resolves_to_refs", "[\"url--" + U + "\"]", "domain-name", "/resolves_to_refs/0")] // addresses or domain names
    [TestCase("belongs_to_refs", "[\"ipv4-addr--" + U + "\"]", "ipv4-addr", "/belongs_to_refs/0")] // autonomous systems only
    [TestCase("belongs_to_ref", "\"identity--" + U + "\"", "email-addr", "/belongs_to_ref")] // user-account only
    [TestCase("object_refs", "[\"not-an-id\"]", "note", "/object_refs/0")] // any object, but it must be an identifier
    public void References_to_other_types_are_rejected(string property, string value, string type, string location)
    {
        var json = $$"""{"type":"{{type}}","{{property}}":{{value}}}""";
        RuleRunner.AssertSingle(Rule, json, "spec.ref-type at " + location);
    }

    [Test]
    public void The_message_names_the_expected_and_the_actual_type()
    {
        var message = RuleRunner.AssertSingle(Rule, $$"""{"type":"indicator","created_by_ref":"threat-actor--{{U}}"}""", "spec.ref-type at /created_by_ref");
        Assert.That(message, Does.EndWith($"'created_by_ref' must reference an identity, but 'threat-actor--{U}' is a threat-actor"));
    }

    [Test]
    public void The_message_lists_every_allowed_type()
    {
        var message = RuleRunner.AssertSingle(Rule, $$"""{"type":"sighting","where_sighted_refs":["identity--{{U}}","indicator--{{U}}"]}""", "spec.ref-type at /where_sighted_refs/1");
        Assert.That(message, Does.EndWith($"'where_sighted_refs' must reference an identity or a location, but 'indicator--{U}' is an indicator"));
    }
}
