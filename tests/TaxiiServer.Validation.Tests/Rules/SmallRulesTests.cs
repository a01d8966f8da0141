using TaxiiServer.Validation.Rules;

namespace TaxiiServer.Validation.Tests.Rules;

public class SmallRulesTests
{
    [TestCase("""{"type":"indicator","id":"indicator--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d"}""")] // any STIX object
    [TestCase("""{"type":"x-bundle","id":"x-bundle--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d"}""")] // a custom type that merely contains the word
    public void Objects_that_are_not_bundles_pass(string json) => RuleRunner.AssertNone(new BundleInBundleRule(), json);

    [TestCase("""{"type":"bundle","id":"bundle--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d","objects":[]}""")] // a bundle nested in the envelope
    public void A_bundle_inside_an_envelope_is_rejected(string json) =>
        RuleRunner.AssertSingle(new BundleInBundleRule(), json, "spec.bundle-in-bundle at /type");

    [TestCase("""{"type":"file","name":"a.txt","name_enc":"utf-8"}""")] // encoding with its name
    [TestCase("""{"type":"directory","path":"C:\\x","path_enc":"windows-1252"}""")] // encoding with its path
    [TestCase("""{"type":"x-acme","name_enc":"utf-8"}""")] // only file and directory define these
    public void Encodings_with_their_values_pass(string json) => RuleRunner.AssertNone(new EncWithoutNameRule(), json);

    [TestCase("""{"type":"file","hashes":{"MD5":"ab"},"name_enc":"utf-8"}""", "/name_enc")] // encoding of a missing name
    [TestCase("""{"type":"directory","path_enc":"utf-8","contains_refs":["file--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d"]}""", "/path_enc")] // encoding of a missing path
    public void Encodings_without_their_values_are_rejected(string json, string location) =>
        RuleRunner.AssertSingle(new EncWithoutNameRule(), json, "spec.enc-without-name at " + location);

    [TestCase("""{"type":"process","id":"process--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d","pid":1}""")] // process ids are v4
    [TestCase("""{"type":"file","id":"file--6b8a1d5e-2c3f-5a5b-9c7d-1e2f3a4b5c6d","name":"a"}""")] // a v5 id with a contributing property is not recomputed
    [TestCase("""{"type":"user-account","id":"user-account--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d","display_name":"x"}""")] // no contributing property, v4
    [TestCase("""{"type":"indicator","id":"indicator--6b8a1d5e-2c3f-1a5b-9c7d-1e2f3a4b5c6d"}""")] // SDO ids are not this rule's concern
    public void Sco_ids_with_the_right_uuid_version_pass(string json) => RuleRunner.AssertNone(new ScoUuidVersionRule(), json);

    [TestCase("""{"type":"process","id":"process--6b8a1d5e-2c3f-5a5b-9c7d-1e2f3a4b5c6d","pid":1}""")] // process never has contributing properties
    [TestCase("""{"type":"user-account","id":"user-account--6b8a1d5e-2c3f-5a5b-9c7d-1e2f3a4b5c6d","display_name":"x"}""")] // none of account_type, user_id, account_login
    [TestCase("""{"type":"file","id":"file--6b8a1d5e-2c3f-1a5b-9c7d-1e2f3a4b5c6d","size":3}""")] // size does not contribute
    public void Sco_ids_without_contributing_properties_must_be_v4(string json)
    {
        var message = RuleRunner.AssertSingle(new ScoUuidVersionRule(), json, "spec.sco-uuid-version at /id");
        Assert.That(message, Does.Contain("must use a version 4"));
    }

    [TestCase("""{"type":"extension-definition","created_by_ref":"identity--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d"}""")] // creator named
    [TestCase("""{"type":"indicator"}""")] // only extension-definitions need it
    public void Extension_definitions_with_a_creator_pass(string json) =>
        RuleRunner.AssertNone(new ExtensionDefinitionCreatedByRule(), json);

    [TestCase("""{"type":"extension-definition","name":"x","schema":"s","version":"1.0","extension_types":["new-sdo"]}""")] // anonymous extension
    public void Extension_definitions_without_a_creator_are_rejected(string json) =>
        RuleRunner.AssertSingle(new ExtensionDefinitionCreatedByRule(), json, "spec.extension-definition-created-by at /created_by_ref");
}
