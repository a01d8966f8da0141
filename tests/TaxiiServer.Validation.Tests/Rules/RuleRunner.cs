using System.Text.Json;
using TaxiiServer.Validation.Pipeline;
using TaxiiServer.Validation.Rules;

namespace TaxiiServer.Validation.Tests.Rules;

/// <summary>Runs one rule over a JSON text and renders what it reports the way partners see it.</summary>
internal static class RuleRunner
{
    public static List<string> Run(IValidationRule rule, string json, RuleContext? context = null)
    {
        using var document = JsonDocument.Parse(json);
        var problems = new List<ValidationProblem>();
        rule.Check(document.RootElement, context ?? RuleContext.Default, problems);
        Assert.That(problems.Select(p => p.RuleId), Is.All.EqualTo(rule.Id), "a rule reports under its own id only");
        return problems.ConvertAll(p => p.ToString());
    }

    /// <summary>Asserts the rule reports exactly one problem and that it renders as <c>&lt;expected&gt;: ...</c>.</summary>
    public static string AssertSingle(IValidationRule rule, string json, string expectedPrefix, RuleContext? context = null)
    {
        var rendered = Run(rule, json, context);
        Assert.That(rendered, Has.Count.EqualTo(1), string.Join(Environment.NewLine, rendered));
        Assert.That(rendered[0], Does.StartWith(expectedPrefix + ": "));
        return rendered[0];
    }

    public static void AssertNone(IValidationRule rule, string json, RuleContext? context = null) =>
        Assert.That(Run(rule, json, context), Is.Empty);
}
