using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>STIX 2.1 §3.2: <c>modified</c> MUST be later than or equal to <c>created</c>.</summary>
public sealed class ModifiedBeforeCreatedRule : IValidationRule, IViewRule
{
    public string Id => RuleIds.ModifiedBeforeCreated;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        StixObjectView.CheckOne(this, stixObject, context, problems);

    void IViewRule.Check(StixObjectView view, RuleContext context, List<ValidationProblem> problems)
    {
        if (!view.TryGet("created"u8, out var created) ||
            !view.TryGet("modified"u8, out var modified) ||
            !TimestampValue.TryRead(created, out var createdAt) ||
            !TimestampValue.TryRead(modified, out var modifiedAt) ||
            modifiedAt >= createdAt)
        {
            return;
        }

        problems.Add(new ValidationProblem(Id, "/modified",
            $"'modified' {Brief.Quote(modified)} is earlier than 'created' {Brief.Quote(created)}; modified must be later than or equal to created"));
    }
}
