using System.Text.Json;
using System.Text.Json.Nodes;

namespace TaxiiServer.Api.Tests.Infrastructure;

/// <summary>The rules every TAXII status resource obeys, checked in one place.</summary>
public static class StatusAssertions
{
    private static readonly (string Count, string List)[] Lists =
        [("success_count", "successes"), ("failure_count", "failures"), ("pending_count", "pendings")];

    /// <summary>
    /// Asserts the status fields: id, status, request_timestamp (µs format), all four counts written (0 included),
    /// counts adding up, each list as long as its count and omitted when empty, every entry with an id, every
    /// success with a version and every failure with a message.
    /// </summary>
    public static void AssertWellFormed(JsonObject status)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)status["id"], Is.Not.Null.And.Not.Empty, "status id");
            Assert.That((string?)status["status"], Is.EqualTo("complete"), "this server completes a POST before answering");
            Assert.That((string?)status["request_timestamp"], Does.Match(TaxiiTime.Format()), "request_timestamp format");
            foreach (var name in new[] { "total_count", "success_count", "failure_count", "pending_count" })
            {
                Assert.That(status[name]?.GetValueKind(), Is.EqualTo(JsonValueKind.Number), $"{name} is always written");
            }
        }

        var total = (int)status["total_count"]!;
        Assert.That(Lists.Sum(l => (int)status[l.Count]!), Is.EqualTo(total), "success + failure + pending = total");
        foreach (var (countName, listName) in Lists)
        {
            var count = (int)status[countName]!;
            if (count == 0)
            {
                Assert.That(status.ContainsKey(listName), Is.False, $"empty {listName} is omitted, never []");
                continue;
            }

            var list = status[listName]!.AsArray();
            Assert.That(list, Has.Count.EqualTo(count), $"{listName} has {countName} entries");
            foreach (var entry in list.Select(e => e!.AsObject()))
            {
                Assert.That(entry.ContainsKey("id"), Is.True, $"each of {listName} has an id");
                if (listName == "successes")
                {
                    Assert.That((string?)entry["version"], Is.Not.Null.And.Not.Empty, "each success has a version");
                }

                if (listName == "failures")
                {
                    Assert.That((string?)entry["message"], Is.Not.Null.And.Not.Empty, "each failure says why");
                }
            }
        }
    }

    /// <summary>The entries of one list (empty when omitted).</summary>
    public static IReadOnlyList<JsonObject> Entries(JsonObject status, string listName) =>
        status[listName]?.AsArray().Select(e => e!.AsObject()).ToList() ?? [];
}
