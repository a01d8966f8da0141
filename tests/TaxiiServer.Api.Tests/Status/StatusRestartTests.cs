using System.Text.Json.Nodes;
using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Status;

/// <summary>Statuses and objects are durable: a new server on the same data folder serves them.</summary>
public class StatusRestartTests
{
    [Test]
    public async Task Status_and_objects_survive_a_server_restart_on_the_same_data()
    {
        using var folder = new TestDataFolder(TestHub.Bootstrap());
        var indicator = StixObjectBuilder.Indicator();
        JsonObject posted;
        using (var first = new TaxiiApiFactory(folder))
        {
            posted = (await first.Client(TestAccount.ReadWrite).AddObjectsAsync(TestHub.Root, TestHub.Shared, EnvelopeBuilder.Of(indicator))).Body;
        }

        using var second = new TaxiiApiFactory(folder);
        var client = second.Client(TestAccount.ReadWrite);
        var status = (await client.GetTaxiiAsync(TaxiiPaths.Status(TestHub.Root, (string)posted["id"]!))).ShouldBe(200);
        var stored = (await client.GetTaxiiAsync(TaxiiPaths.OneObject(TestHub.Root, TestHub.Shared, indicator.Id))).ShouldBe(200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(JsonNode.DeepEquals(status.Body, posted), Is.True, status.Text);
            Assert.That(stored.ObjectIds, Is.EqualTo(new[] { indicator.Id }));
        }
    }
}
