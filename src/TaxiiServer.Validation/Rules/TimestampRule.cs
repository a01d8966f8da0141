using System.Text.Json;
using TaxiiServer.Validation.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// Timestamp properties other than created/modified (which the structural checks read) must name real instants:
/// the schemas' regex accepts <c>2023-02-30T00:00:00Z</c>. Checked on the top level of spec-defined types only, where
/// the property names below are known to be timestamps; on custom types a property called <c>start</c> may be anything.
/// </summary>
public sealed class TimestampRule : IValidationRule, IViewRule
{
    private static readonly Utf8NameTable<string> TimestampProperties = new(new[]
    {
        "valid_from", "valid_until", "first_seen", "last_seen", "first_observed", "last_observed", "start_time",
        "stop_time", "published", "object_modified", "start", "end", "ctime", "mtime", "atime", "created_time",
        "modified_time", "date", "account_created", "account_expires", "credential_last_changed",
        "account_first_login", "account_last_login", "validity_not_before", "validity_not_after", "submitted",
        "analysis_started", "analysis_ended",
    }.ToDictionary(name => name, StringComparer.Ordinal));

    public string Id => RuleIds.Timestamp;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        StixObjectView.CheckOne(this, stixObject, context, problems);

    void IViewRule.Check(StixObjectView view, RuleContext context, List<ValidationProblem> problems)
    {
        if (view.Type is not { IsSpecDefined: true })
        {
            return;
        }

        for (var i = 0; i < view.Count; i++)
        {
            var property = view[i];
            if (property.Value.ValueKind != JsonValueKind.String ||
                !TimestampProperties.Contains(property) ||
                TimestampValue.TryRead(property.Value, out _))
            {
                continue;
            }

            problems.Add(new ValidationProblem(Id, JsonPointer.Of(property.Name),
                $"{Brief.Quote(property.Value)} is not a timestamp: expected YYYY-MM-DDTHH:MM:SS[.s+]Z in UTC naming a real date"));
        }
    }
}
