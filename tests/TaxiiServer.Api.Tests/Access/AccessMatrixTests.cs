using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Access;

/// <summary>
/// Every endpoint for every kind of account. In the shared collection readwrite may read and write, readonly read,
/// writeonly write, nogrant nothing; the secret collection has no grant, so only an admin knows it exists.
/// </summary>
public class AccessMatrixTests : TaxiiApiFixture
{
    private const string Shared = "shared";
    private const string Secret = "secret";
    private string _statusId = "";

    // Columns: admin, readwrite, readonly, writeonly, nogrant.
    private static readonly (string Endpoint, string Collection, int[] Expected)[] Table =
    [
        ("discovery", Shared, [200, 200, 200, 200, 200]),
        ("api root", Shared, [200, 200, 200, 200, 404]), // nogrant has no collection in the root: it does not exist for it
        ("status", Shared, [200, 200, 404, 404, 404]), // a status of readwrite: its owner and admins only
        ("collections", Shared, [200, 200, 200, 200, 404]),
        ("collection", Shared, [200, 200, 200, 200, 404]),
        ("get objects", Shared, [200, 200, 200, 403, 404]),
        ("add objects", Shared, [202, 202, 403, 202, 404]),
        ("get object", Shared, [200, 200, 200, 403, 404]),
        ("delete object", Shared, [200, 200, 403, 403, 404]), // deleting needs read and write
        ("versions", Shared, [200, 200, 200, 403, 404]),
        ("manifest", Shared, [200, 200, 200, 403, 404]),
        ("collection", Secret, [200, 404, 404, 404, 404]),
        ("get objects", Secret, [200, 404, 404, 404, 404]),
        ("add objects", Secret, [202, 404, 404, 404, 404]),
        ("get object", Secret, [200, 404, 404, 404, 404]),
        ("delete object", Secret, [200, 404, 404, 404, 404]),
        ("versions", Secret, [200, 404, 404, 404, 404]),
        ("manifest", Secret, [200, 404, 404, 404, 404]),
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        from row in Table
        from column in Enumerable.Range(0, TestAccount.All.Count)
        let account = TestAccount.All[column]
        select new TestCaseData(row.Endpoint, row.Collection, account.Name, row.Expected[column])
            .SetName($"{{m}}({row.Endpoint} in {row.Collection} as {account.Name} -> {row.Expected[column]})");

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        var status = await AddAsync(TestHub.Root, TestHub.Shared, StixObjectBuilder.Indicator());
        _statusId = (string)status.Body["id"]!;
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Endpoint_answers_each_account_with_its_rights(string endpointName, string collectionName, string accountName, int expected)
    {
        var collection = collectionName == Shared ? TestHub.Shared : TestHub.Secret;
        // A fresh object per case, so a DELETE in one case cannot change what another case finds.
        var stixObject = StixObjectBuilder.Indicator();
        (await Admin.AddObjectsAsync(TestHub.Root, collection, EnvelopeBuilder.Of(stixObject))).ShouldBe(202);
        var endpoint = TaxiiEndpoint.Named(endpointName);
        using var request = endpoint.Request(collection, stixObject.Id, _statusId);

        var response = await Client(TestAccount.All.Single(a => a.Name == accountName)).SendTaxiiAsync(request);

        if (expected >= 400)
        {
            response.ShouldBeTaxiiError(expected);
        }
        else
        {
            response.ShouldBe(expected);
        }
    }

    [Test]
    public async Task Forbidden_post_stores_nothing()
    {
        var indicator = StixObjectBuilder.Indicator();

        (await Client(TestAccount.ReadOnly).PostTaxiiAsync(TaxiiPaths.Objects(TestHub.Root, TestHub.Shared), EnvelopeBuilder.Of(indicator).ToJson()))
            .ShouldBeTaxiiError(403);

        Assert.That(await ManifestAsync(TestHub.Root, TestHub.Shared, indicator.Id), Is.Empty);
    }

    [Test]
    public async Task Forbidden_delete_deletes_nothing()
    {
        var indicator = StixObjectBuilder.Indicator();
        await AddAsync(TestHub.Root, TestHub.Shared, indicator);

        (await Client(TestAccount.WriteOnly).DeleteTaxiiAsync(TaxiiPaths.OneObject(TestHub.Root, TestHub.Shared, indicator.Id))).ShouldBeTaxiiError(403);

        Assert.That(await ManifestAsync(TestHub.Root, TestHub.Shared, indicator.Id), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Write_only_account_reads_the_status_of_its_own_post()
    {
        var writer = Client(TestAccount.WriteOnly);
        var status = await writer.AddObjectsAsync(TestHub.Root, TestHub.Shared, EnvelopeBuilder.Of(StixObjectBuilder.Indicator()));

        (await writer.GetTaxiiAsync(TaxiiPaths.Status(TestHub.Root, (string)status.Body["id"]!))).ShouldBe(200);
    }

    [Test]
    public async Task Account_without_grants_sees_no_collection_of_an_api_root_it_cannot_use()
    {
        var nogrant = Client(TestAccount.NoGrant);

        (await nogrant.GetTaxiiAsync(TaxiiPaths.Collections(TestHub.Root))).ShouldBeTaxiiError(404);
        (await nogrant.GetTaxiiAsync(TaxiiPaths.Collections(TestHub.LabRoot))).ShouldBeTaxiiError(404);
    }
}
