using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Status;

/// <summary>Taxii:Status:Retention: a status stays readable for the retention, then the purge removes it.</summary>
public class StatusRetentionTests : TaxiiApiFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Taxii:Status:Retention"] = "00:00:01",
        ["Taxii:Status:PurgeInterval"] = "00:00:00.200",
    };

    [Test]
    public async Task Status_is_readable_after_the_post_and_purged_once_the_retention_has_passed()
    {
        var status = await ReadWrite.AddObjectsAsync(TestHub.Root, TestHub.Shared, EnvelopeBuilder.Of(StixObjectBuilder.Indicator()));
        var path = TaxiiPaths.Status(TestHub.Root, (string)status.Body["id"]!);

        (await ReadWrite.GetTaxiiAsync(path)).ShouldBe(200);

        var deadline = DateTime.UtcNow.AddSeconds(15);
        TaxiiResponse current;
        do
        {
            await Task.Delay(250);
            current = await ReadWrite.GetTaxiiAsync(path);
        }
        while (current.StatusCode == 200 && DateTime.UtcNow < deadline);

        current.ShouldBeTaxiiError(404);
    }
}
