using TaxiiServer.Validation.Rules;

namespace TaxiiServer.Validation.Tests.Rules;

public class GranularMarkingRulesTests
{
    private const string Tlp = "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9";

    [TestCase("""{"type":"tool","name":"t","granular_markings":[{"marking_ref":"m","selectors":["name"]}]}""")] // a present property
    [TestCase("""{"type":"tool","labels":["a","b"],"granular_markings":[{"marking_ref":"m","selectors":["labels.[1]","labels"]}]}""")] // list index in range
    [TestCase("""{"type":"tool","kill_chain_phases":[{"kill_chain_name":"k","phase_name":"p"}],"granular_markings":[{"lang":"en","selectors":["kill_chain_phases.[0].phase_name"]}]}""")] // nested path
    [TestCase("""{"type":"tool","granular_markings":[{"marking_ref":"m","selectors":["granular_markings"]}]}""")] // selecting the markings themselves resolves
    public void Selectors_that_resolve_pass(string json) => RuleRunner.AssertNone(new GranularSelectorRule(), json);

    [TestCase("""{"type":"tool","name":"t","granular_markings":[{"marking_ref":"m","selectors":["description"]}]}""", "/granular_markings/0/selectors/0")] // absent property (the corpus case)
    [TestCase("""{"type":"tool","labels":["a"],"granular_markings":[{"marking_ref":"m","selectors":["labels.[1]"]}]}""", "/granular_markings/0/selectors/0")] // index past the end
    [TestCase("""{"type":"tool","labels":["a"],"granular_markings":[{"marking_ref":"m","selectors":["labels.0"]}]}""", "/granular_markings/0/selectors/0")] // list indexes are written [0]
    [TestCase("""{"type":"tool","name":"t","granular_markings":[{"marking_ref":"m","selectors":["name.first"]}]}""", "/granular_markings/0/selectors/0")] // stepping into a string
    [TestCase("""{"type":"tool","name":"t","granular_markings":[{"marking_ref":"m","selectors":["name."]}]}""", "/granular_markings/0/selectors/0")] // empty step
    [TestCase("""{"type":"tool","name":"t","granular_markings":[{"marking_ref":"m","selectors":["name"]},{"marking_ref":"m","selectors":["name","Name"]}]}""", "/granular_markings/1/selectors/1")] // names are case-sensitive
    public void Selectors_that_do_not_resolve_are_rejected(string json, string location) =>
        RuleRunner.AssertSingle(new GranularSelectorRule(), json, "spec.granular-selector at " + location);

    [TestCase("""{"type":"tool","granular_markings":[{"marking_ref":"m","selectors":["name"]},{"lang":"fr","selectors":["name"]}]}""")] // one of each kind
    public void Markings_with_exactly_one_of_lang_and_marking_ref_pass(string json) =>
        RuleRunner.AssertNone(new GranularMarkingExclusiveRule(), json);

    [TestCase("""{"type":"tool","granular_markings":[{"marking_ref":"m","lang":"en","selectors":["name"]}]}""", "/granular_markings/0")] // both
    [TestCase("""{"type":"tool","granular_markings":[{"marking_ref":"m","selectors":["name"]},{"selectors":["name"]}]}""", "/granular_markings/1")] // neither
    public void Markings_with_both_or_neither_are_rejected(string json, string location) =>
        RuleRunner.AssertSingle(new GranularMarkingExclusiveRule(), json, "spec.granular-marking-exclusive at " + location);

    [TestCase("""{"type":"marking-definition","id":"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da","object_marking_refs":["marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"]}""")] // marked by another marking
    [TestCase("""{"type":"indicator","id":"marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9","object_marking_refs":["marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"]}""")] // only marking definitions are judged (the id/type mismatch is structural)
    public void Markings_marked_by_others_pass(string json) => RuleRunner.AssertNone(new MarkingSelfReferenceRule(), json);

    [TestCase("object_marking_refs", "[\"" + Tlp + "\"]", "/object_marking_refs/0")] // marks itself as a whole
    [TestCase("granular_markings", "[{\"marking_ref\":\"" + Tlp + "\",\"selectors\":[\"name\"]}]", "/granular_markings/0/marking_ref")] // marks its own name
    public void A_marking_that_marks_itself_is_rejected(string property, string value, string location)
    {
        var json = $$"""{"type":"marking-definition","id":"{{Tlp}}","name":"n","{{property}}":{{value}}}""";
        RuleRunner.AssertSingle(new MarkingSelfReferenceRule(), json, "spec.marking-self-reference at " + location);
    }
}
