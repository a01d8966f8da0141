using System.Text.Json.Nodes;
using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Status;

/// <summary>
/// Statuses, objects and next tokens are durable and stateless: a new server on the same data folder serves the
/// status of a POST made to the old one and continues a listing from a next token the old one issued.
/// </summary>
public class StatusRestartTests
{
    [Test]
    public async Task Status_objects_and_next_tokens_survive_a_server_restart_on_the_same_data()
    {
        using var folder = new TestDataFolder(TestHub.Bootstrap());
        var objects = new[] { StixObjectBuilder.Indicator(), StixObjectBuilder.Malware(), StixObjectBuilder.Indicator() };
        var listing = TaxiiQuery.Of(("match[type]", "indicator,malware"), ("limit", "2"));
        JsonObject posted;
        string next;
        using (var first = new TaxiiApiFactory(folder))
        {
            var client = first.Client(TestAccount.ReadWrite);
            posted = (await client.AddObjectsAsync(TestHub.Root, TestHub.Shared, EnvelopeBuilder.Of(objects))).Body;
            var page = (await client.GetTaxiiAsync(TaxiiPaths.Objects(TestHub.Root, TestHub.Shared, listing))).ShouldBe(200);
            next = page.Next!;
        }

        using var second = new TaxiiApiFactory(folder);
        var restarted = second.Client(TestAccount.ReadWrite);
        var status = (await restarted.GetTaxiiAsync(TaxiiPaths.Status(TestHub.Root, (string)posted["id"]!))).ShouldBe(200);
        var rest = (await restarted.GetTaxiiAsync(TaxiiPaths.Objects(TestHub.Root, TestHub.Shared,
            listing + "&" + TaxiiQuery.Of(("next", next))))).ShouldBe(200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(JsonNode.DeepEquals(status.Body, posted), Is.True, status.Text);
            Assert.That(rest.ObjectIds, Is.EqualTo(new[] { objects[2].Id }));
            Assert.That(rest.More, Is.False);
        }
    }
}
