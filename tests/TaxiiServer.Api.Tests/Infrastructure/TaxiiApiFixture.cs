namespace TaxiiServer.Api.Tests.Infrastructure;

/// <summary>
/// Base of the HTTP fixtures: one server per fixture, started once and disposed with its data after the fixture.
/// Tests isolate themselves with fresh object ids or a lab collection of their own.
/// </summary>
public abstract class TaxiiApiFixture
{
    private TaxiiApiFactory? _factory;

    protected TaxiiApiFactory Factory => _factory ?? throw new InvalidOperationException("The server is not started.");

    /// <summary>Configuration the fixture's server starts with, on top of the test defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    [OneTimeSetUp]
    public void StartServer() => _factory = TaxiiApiFactory.StartNew(Settings);

    [OneTimeTearDown]
    public void StopServer() => _factory?.Dispose();

    protected HttpClient Client(TestAccount account) => Factory.Client(account);

    protected HttpClient Admin => Client(TestAccount.Admin);

    protected HttpClient ReadWrite => Client(TestAccount.ReadWrite);

    /// <summary>POSTs <paramref name="objects"/> into a collection as readwrite and checks they all succeeded.</summary>
    protected async Task<TaxiiResponse> AddAsync(string root, string collection, params StixObjectBuilder[] objects)
    {
        var client = root == TestHub.Root && collection == TestHub.Secret ? Admin : ReadWrite;
        var status = await client.AddObjectsAsync(root, collection, EnvelopeBuilder.Of(objects));
        Assert.That((int)status.Body["success_count"]!, Is.EqualTo(objects.Length), status.Text);
        return status;
    }

    /// <summary>
    /// The manifest records (all versions, all spec versions) of the given ids, or of the whole collection when none
    /// are given, in date_added order; at most 1000.
    /// </summary>
    protected async Task<IReadOnlyList<ManifestEntry>> ManifestAsync(string root, string collection, params string[] ids)
    {
        List<(string, string)> query = [("match[version]", "all"), ("match[spec_version]", "2.0,2.1"), ("limit", "1000")];
        if (ids.Length > 0)
        {
            query.Add(("match[id]", string.Join(',', ids)));
        }

        var response = (await Admin.GetTaxiiAsync(TaxiiPaths.Manifest(root, collection, TaxiiQuery.Of([.. query])))).ShouldBe(200);
        Assert.That(response.More, Is.False, "the test data fits one manifest page");
        return response.Objects.Select(ManifestEntry.From).ToList();
    }
}
