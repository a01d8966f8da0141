using TaxiiServer.Validation.Rules;

namespace TaxiiServer.Validation.Tests.Rules;

public class LanguageTagRuleTests
{
    private static readonly LanguageTagRule Rule = new();

    [TestCase("en")] // language only
    [TestCase("de-CH")] // language and region
    [TestCase("zh-Hant-TW")] // script and region
    [TestCase("es-419")] // numeric region
    [TestCase("sl-rozaj-biske")] // variants
    [TestCase("zh-yue-HK")] // extended language subtag
    [TestCase("en-US-u-islamcal")] // extension
    [TestCase("de-CH-x-phonebk")] // private use
    [TestCase("x-whatever")] // private use only
    [TestCase("i-klingon")] // grandfathered
    [TestCase("EN-gb")] // case does not matter
    public void Well_formed_tags_pass(string tag)
    {
        RuleRunner.AssertNone(Rule, $$"""{"type":"campaign","lang":"{{tag}}"}""");
        RuleRunner.AssertNone(Rule, $$"""{"type":"campaign","granular_markings":[{"lang":"{{tag}}","selectors":["name"]}]}""");
        RuleRunner.AssertNone(Rule, "{\"type\":\"language-content\",\"contents\":{\"" + tag + "\":{\"name\":\"x\"}}}");
    }

    [TestCase("")] // empty
    [TestCase("e")] // one letter
    [TestCase("en_US")] // underscore is not a separator
    [TestCase("en-")] // trailing hyphen
    [TestCase("en--US")] // empty subtag
    [TestCase("abcdefghi")] // primary subtag longer than 8
    [TestCase("en-US-a")] // extension singleton without a body
    [TestCase("en-x")] // private use without a body
    [TestCase("12")] // digits cannot start a tag
    [TestCase("en-US-GB")] // two regions
    [TestCase("en-Latn-Cyrl")] // two scripts
    [TestCase("en-u-ab-x")] // private use without a body after an extension
    public void Malformed_tags_are_rejected(string tag) =>
        RuleRunner.AssertSingle(Rule, $$"""{"type":"campaign","lang":"{{tag}}"}""", "spec.language-tag at /lang");

    [Test]
    public void Granular_marking_langs_and_content_keys_are_located()
    {
        RuleRunner.AssertSingle(Rule, """{"type":"campaign","granular_markings":[{"lang":"en"},{"lang":"en_GB"}]}""",
            "spec.language-tag at /granular_markings/1/lang");
        RuleRunner.AssertSingle(Rule, """{"type":"language-content","contents":{"de":{"name":"x"},"German":{"name":"x"},"fr/BE":{"name":"y"}}}""",
            "spec.language-tag at /contents/fr~1BE"); // "German" is well-formed: 5-8 letter primary subtags are reserved, not malformed
    }

    [Test]
    public void Contents_keys_are_only_judged_on_language_content() =>
        RuleRunner.AssertNone(Rule, """{"type":"x-acme","contents":{"not a tag":1}}""");
}
