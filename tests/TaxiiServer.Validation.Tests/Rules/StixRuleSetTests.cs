using System.Text.Json;
using TaxiiServer.Validation.Rules;

namespace TaxiiServer.Validation.Tests.Rules;

public class StixRuleSetTests
{
    private const string ValidIndicator = """
        {"type":"indicator","spec_version":"2.1","id":"indicator--d81f86b9-975b-4c0b-875e-810c5ad45a4f",
         "created_by_ref":"identity--f431f809-377b-45e0-aa1c-6a4751cae5ff",
         "created":"2026-01-01T00:00:00.000Z","modified":"2026-01-02T00:00:00.000Z","lang":"en",
         "object_marking_refs":["marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"],
         "granular_markings":[{"marking_ref":"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da","selectors":["kill_chain_phases.[0].phase_name"]}],
         "kill_chain_phases":[{"kill_chain_name":"lockheed-martin-cyber-kill-chain","phase_name":"delivery"}],
         "external_references":[{"source_name":"acme","external_id":"A-1","hashes":{"SHA-256":"aa"}}],
         "pattern":"[ipv4-addr:value = '1.2.3.4']","pattern_type":"stix",
         "valid_from":"2026-01-01T00:00:00Z","valid_until":"2026-02-01T00:00:00Z","x_acme_score":3}
        """;

    [Test]
    public void Rule_ids_are_unique_and_listed_in_rule_ids()
    {
        var ids = StixRuleSet.All.Rules.Select(r => r.Id).ToList();
        var declared = typeof(RuleIds).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Is.EquivalentTo(declared));
        Assert.That(ids, Is.All.StartsWith("spec."));
    }

    [Test]
    public void A_valid_object_yields_the_shared_empty_result()
    {
        using var document = JsonDocument.Parse(ValidIndicator);
        var first = StixRuleSet.All.Check(document.RootElement, RuleContext.Default);
        var second = StixRuleSet.All.Check(document.RootElement, RuleContext.Default);
        Assert.That(first, Is.Empty);
        Assert.That(second, Is.SameAs(first));
    }

    [Test]
    public void A_valid_object_is_checked_without_allocating()
    {
        using var document = JsonDocument.Parse(ValidIndicator);
        var root = document.RootElement;
        for (var i = 0; i < 100; i++)
        {
            StixRuleSet.All.Check(root, RuleContext.Default); // warm up: static tables, thread-static scratch
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            StixRuleSet.All.Check(root, RuleContext.Default);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
    }

    [Test]
    public void Every_problem_of_every_rule_is_returned_in_rule_order()
    {
        using var document = JsonDocument.Parse("""
            {"type":"indicator","id":"indicator--d81f86b9-975b-4c0b-875e-810c5ad45a4f","Bad":1,"aliases":[],
             "created":"2026-01-02T00:00:00Z","modified":"2026-01-01T00:00:00Z","lang":"english!",
             "created_by_ref":"malware--d81f86b9-975b-4c0b-875e-810c5ad45a4f"}
            """);
        var rendered = StixRuleSet.All.Check(document.RootElement, RuleContext.Default).Select(p => p.ToString().Split(':')[0]);
        Assert.That(rendered, Is.EqualTo(new[]
        {
            "spec.property-name at /Bad",
            "spec.empty-list at /aliases",
            "spec.modified-before-created at /modified",
            "spec.ref-type at /created_by_ref",
            "spec.language-tag at /lang",
        }));
    }

    [Test]
    public void Rules_sharing_one_walk_still_report_in_rule_order()
    {
        // The walk meets the empty list first, then the bad name, then the empty object.
        using var document = JsonDocument.Parse("""{"type":"x-acme","aliases":[],"Bad":1,"x_thing":{}}""");
        var rendered = StixRuleSet.All.Check(document.RootElement, RuleContext.Default).Select(p => p.ToString().Split(':')[0]);
        Assert.That(rendered, Is.EqualTo(new[]
        {
            "spec.property-name at /Bad",
            "spec.empty-list at /aliases",
            "spec.empty-dictionary at /x_thing",
        }));
    }

    [Test]
    public void A_custom_rule_set_keeps_its_own_order()
    {
        var rules = new StixRuleSet([new EmptyListRule(), new LanguageTagRule(), new PropertyNameRule()]);
        using var document = JsonDocument.Parse("""{"type":"campaign","Bad":1,"lang":"english!","aliases":[]}""");
        var rendered = rules.Check(document.RootElement, RuleContext.Default).Select(p => p.ToString().Split(':')[0]);
        Assert.That(rendered, Is.EqualTo(new[]
        {
            "spec.empty-list at /aliases",
            "spec.language-tag at /lang",
            "spec.property-name at /Bad",
        }));
    }

    [TestCase("""{"type":5,"id":"marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9","lang":"en"}""")]
    [TestCase("""{"type":["file"],"name_enc":"utf-8"}""")]
    [TestCase("""{"type":null,"created_by_ref":"identity--f431f809-377b-45e0-aa1c-6a4751cae5ff"}""")]
    public void A_type_that_is_not_a_string_is_left_to_the_structural_checks(string json)
    {
        // Rules that compared the type with ValueEquals threw on a number or a list here.
        using var document = JsonDocument.Parse(json);
        Assert.That(StixRuleSet.All.Check(document.RootElement, RuleContext.Default), Is.Empty);
    }

    [Test]
    public void Non_objects_are_left_to_the_structural_checks()
    {
        using var document = JsonDocument.Parse("[1]");
        Assert.That(StixRuleSet.All.Check(document.RootElement, RuleContext.Default), Is.Empty);
    }
}
