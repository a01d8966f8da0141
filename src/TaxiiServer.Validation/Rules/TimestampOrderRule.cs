using System.Text;
using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// The specification's ordering MUSTs between pairs of timestamps of one object (created/modified has its own rule):
/// indicator <c>valid_until</c> &gt; <c>valid_from</c>; <c>last_seen</c> ≥ <c>first_seen</c> (campaign, intrusion-set,
/// malware, threat-actor, infrastructure, sighting); observed-data <c>last_observed</c> ≥ <c>first_observed</c>;
/// relationship <c>stop_time</c> &gt; <c>start_time</c>; network-traffic <c>end</c> ≥ <c>start</c>.
/// Unparseable timestamps are left to <c>spec.timestamp</c> and the schema.
/// </summary>
public sealed class TimestampOrderRule : IValidationRule, IViewRule
{
    private static readonly Pair[] Pairs =
    [
        new(["indicator"], "valid_from", "valid_until", Strict: true),
        new(["campaign", "intrusion-set", "malware", "threat-actor", "infrastructure", "sighting"], "first_seen", "last_seen", Strict: false),
        new(["observed-data"], "first_observed", "last_observed", Strict: false),
        new(["relationship"], "start_time", "stop_time", Strict: true),
        new(["network-traffic"], "start", "end", Strict: false),
    ];

    public string Id => RuleIds.TimestampOrder;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        StixObjectView.CheckOne(this, stixObject, context, problems);

    void IViewRule.Check(StixObjectView view, RuleContext context, List<ValidationProblem> problems)
    {
        if (view.Type is not { } type)
        {
            return;
        }

        foreach (var pair in Pairs)
        {
            if (!pair.AppliesTo(type) ||
                !view.TryGet(pair.EarlierUtf8, out var earlier) ||
                !view.TryGet(pair.LaterUtf8, out var later) ||
                !TimestampValue.TryRead(earlier, out var earlierAt) ||
                !TimestampValue.TryRead(later, out var laterAt))
            {
                continue;
            }

            var order = laterAt.CompareTo(earlierAt);
            if (order > 0 || (order == 0 && !pair.Strict))
            {
                continue;
            }

            var expected = pair.Strict ? "later than" : "later than or equal to";
            var actual = order == 0 ? "equal to" : "earlier than";
            problems.Add(new ValidationProblem(Id, "/" + pair.Later,
                $"'{pair.Later}' {Brief.Quote(later)} is {actual} '{pair.Earlier}' {Brief.Quote(earlier)}; on a {type} it must be {expected} {pair.Earlier}"));
        }
    }

    private sealed record Pair(string[] TypeNames, string Earlier, string Later, bool Strict)
    {
        private readonly StixType[] types = Array.ConvertAll(TypeNames, StixTypes.Get);

        public byte[] EarlierUtf8 { get; } = Encoding.UTF8.GetBytes(Earlier);

        public byte[] LaterUtf8 { get; } = Encoding.UTF8.GetBytes(Later);

        public bool AppliesTo(StixType type) => Array.IndexOf(types, type) >= 0;
    }
}
