using TaxiiServer.Validation.Rules;

namespace TaxiiServer.Validation.Tests.Rules;

public class EmptyCollectionRulesTests
{
    [TestCase("""{"type":"campaign","aliases":["a"],"x_acme":{"k":[1]}}""")] // non-empty everywhere
    [TestCase("""{"type":"campaign","hashes":{}}""")] // an empty dictionary is the other rule's concern
    public void Non_empty_lists_pass(string json) => RuleRunner.AssertNone(new EmptyListRule(), json);

    [TestCase("""{"type":"campaign","aliases":[]}""", "/aliases")] // top level
    [TestCase("""{"type":"campaign","external_references":[{"source_name":"x","external_id":"1","x_tags":[]}]}""", "/external_references/0/x_tags")] // nested
    [TestCase("""{"type":"file","extensions":{"archive-ext":{"contains_refs":[]}}}""", "/extensions/archive-ext/contains_refs")] // inside an extension
    public void Empty_lists_are_rejected(string json, string location) =>
        RuleRunner.AssertSingle(new EmptyListRule(), json, "spec.empty-list at " + location);

    [TestCase("""{"type":"file","hashes":{"MD5":"ab"}}""")] // non-empty dictionary
    [TestCase("""{"type":"campaign","aliases":[]}""")] // an empty list is the other rule's concern
    public void Non_empty_dictionaries_pass(string json) => RuleRunner.AssertNone(new EmptyDictionaryRule(), json);

    [TestCase("""{"type":"file","hashes":{}}""", "/hashes")] // empty hashes
    [TestCase("""{"type":"file","extensions":{"ntfs-ext":{}}}""", "/extensions/ntfs-ext")] // an extension with no properties
    [TestCase("""{"type":"indicator","external_references":[{"source_name":"x","hashes":{}}]}""", "/external_references/0/hashes")] // nested
    public void Empty_dictionaries_are_rejected(string json, string location) =>
        RuleRunner.AssertSingle(new EmptyDictionaryRule(), json, "spec.empty-dictionary at " + location);

    [Test]
    public void Each_empty_value_is_reported_with_its_own_pointer()
    {
        var problems = RuleRunner.Run(new EmptyListRule(), """{"type":"campaign","aliases":[],"labels":[],"x":[[]]}""");
        Assert.That(problems.Select(p => p.Split(':')[0]),
            Is.EqualTo(new[] { "spec.empty-list at /aliases", "spec.empty-list at /labels", "spec.empty-list at /x/0" }));
    }
}
