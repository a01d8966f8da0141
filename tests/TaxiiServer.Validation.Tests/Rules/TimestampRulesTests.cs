using TaxiiServer.Validation.Rules;

namespace TaxiiServer.Validation.Tests.Rules;

public class TimestampRulesTests
{
    [TestCase("""{"type":"indicator","created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z"}""")] // equal is allowed
    [TestCase("""{"type":"indicator","created":"2026-01-01T00:00:00Z","modified":"2026-01-01T00:00:00.000000001Z"}""")] // one nanosecond later, different precision
    [TestCase("""{"type":"indicator","created":"2026-01-01T00:00:00.5Z","modified":"2026-01-01T00:00:00.500Z"}""")] // same instant written with different precision
    [TestCase("""{"type":"ipv4-addr","value":"198.51.100.1"}""")] // no timestamps at all
    [TestCase("""{"type":"indicator","created":"2026-01-02T00:00:00Z","modified":"not a date"}""")] // unparseable: left to the structural check
    public void Modified_at_or_after_created_passes(string json) =>
        RuleRunner.AssertNone(new ModifiedBeforeCreatedRule(), json);

    [TestCase("""{"type":"indicator","created":"2026-01-02T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z"}""")] // a day earlier
    [TestCase("""{"type":"indicator","created":"2026-01-01T00:00:00.1Z","modified":"2026-01-01T00:00:00.099999999Z"}""")] // earlier only in the ninth digit
    public void Modified_before_created_is_rejected(string json)
    {
        var message = RuleRunner.AssertSingle(new ModifiedBeforeCreatedRule(), json, "spec.modified-before-created at /modified");
        Assert.That(message, Does.Contain("is earlier than 'created'"));
    }

    [TestCase("""{"type":"indicator","valid_from":"2026-01-01T00:00:00Z","valid_until":"2026-01-01T00:00:00.001Z"}""")] // strictly later
    [TestCase("""{"type":"campaign","first_seen":"2026-01-01T00:00:00Z","last_seen":"2026-01-01T00:00:00Z"}""")] // equal allowed for last_seen
    [TestCase("""{"type":"sighting","first_seen":"2025-01-01T00:00:00Z","last_seen":"2026-01-01T00:00:00Z"}""")] // sighting uses first/last_seen too
    [TestCase("""{"type":"observed-data","first_observed":"2026-01-01T00:00:00Z","last_observed":"2026-01-01T00:00:00Z"}""")] // equal allowed
    [TestCase("""{"type":"relationship","start_time":"2026-01-01T00:00:00Z","stop_time":"2026-01-02T00:00:00Z"}""")] // strictly later
    [TestCase("""{"type":"network-traffic","start":"2026-01-01T00:00:00Z","end":"2026-01-01T00:00:00Z"}""")] // equal allowed
    [TestCase("""{"type":"x-acme","first_seen":"2026-01-02T00:00:00Z","last_seen":"2026-01-01T00:00:00Z"}""")] // custom types' properties mean what their producer says
    [TestCase("""{"type":"indicator","valid_from":"2026-01-01T00:00:00Z"}""")] // only one side present
    public void Timestamps_in_order_pass(string json) =>
        RuleRunner.AssertNone(new TimestampOrderRule(), json);

    [TestCase("""{"type":"indicator","valid_from":"2026-01-01T00:00:00Z","valid_until":"2026-01-01T00:00:00.000Z"}""", "/valid_until")] // equal is not later
    [TestCase("""{"type":"malware","first_seen":"2026-01-02T00:00:00Z","last_seen":"2026-01-01T00:00:00Z"}""", "/last_seen")] // last before first
    [TestCase("""{"type":"threat-actor","first_seen":"2026-01-02T00:00:00Z","last_seen":"2026-01-01T00:00:00Z"}""", "/last_seen")] // last before first
    [TestCase("""{"type":"intrusion-set","first_seen":"2026-01-02T00:00:00Z","last_seen":"2026-01-01T00:00:00Z"}""", "/last_seen")] // last before first
    [TestCase("""{"type":"infrastructure","first_seen":"2026-01-02T00:00:00Z","last_seen":"2026-01-01T00:00:00Z"}""", "/last_seen")] // last before first
    [TestCase("""{"type":"sighting","first_seen":"2026-01-02T00:00:00Z","last_seen":"2026-01-01T00:00:00Z"}""", "/last_seen")] // last before first
    [TestCase("""{"type":"observed-data","first_observed":"2026-01-02T00:00:00Z","last_observed":"2026-01-01T00:00:00Z"}""", "/last_observed")] // last before first
    [TestCase("""{"type":"relationship","start_time":"2026-01-01T00:00:00Z","stop_time":"2026-01-01T00:00:00Z"}""", "/stop_time")] // equal is not later
    [TestCase("""{"type":"network-traffic","start":"2026-01-01T00:00:01Z","end":"2026-01-01T00:00:00Z"}""", "/end")] // end before start
    public void Timestamps_out_of_order_are_rejected(string json, string location) =>
        RuleRunner.AssertSingle(new TimestampOrderRule(), json, "spec.timestamp-order at " + location);

    [Test]
    public void The_order_message_names_both_values_and_the_expectation()
    {
        var message = RuleRunner.AssertSingle(new TimestampOrderRule(),
            """{"type":"indicator","valid_from":"2026-01-02T00:00:00Z","valid_until":"2026-01-01T00:00:00Z"}""",
            "spec.timestamp-order at /valid_until");
        Assert.That(message, Does.Contain("'2026-01-01T00:00:00Z' is earlier than 'valid_from' '2026-01-02T00:00:00Z'"));
        Assert.That(message, Does.Contain("must be later than valid_from"));
    }

    [TestCase("""{"type":"indicator","valid_from":"2024-02-29T00:00:00Z"}""")] // a real leap day
    [TestCase("""{"type":"x-acme","start":"whenever"}""")] // custom types are not judged by property name
    [TestCase("""{"type":"indicator","name":"2023-02-30T00:00:00Z"}""")] // not a timestamp property
    public void Real_timestamps_pass(string json) =>
        RuleRunner.AssertNone(new TimestampRule(), json);

    [TestCase("""{"type":"indicator","valid_from":"2023-02-30T00:00:00Z"}""", "/valid_from")] // the schema regex accepts February 30th
    [TestCase("""{"type":"report","published":"2023-13-01T00:00:00Z"}""", "/published")] // month 13
    [TestCase("""{"type":"network-traffic","start":"2023-01-01T24:00:00Z"}""", "/start")] // hour 24
    [TestCase("""{"type":"file","mtime":"2023-01-01T00:00:00.0000000001Z"}""", "/mtime")] // ten fractional digits
    public void Impossible_timestamps_are_rejected(string json, string location) =>
        RuleRunner.AssertSingle(new TimestampRule(), json, "spec.timestamp at " + location);
}
