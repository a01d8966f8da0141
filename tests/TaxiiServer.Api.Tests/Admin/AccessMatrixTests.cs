using System.Net;
using System.Net.Http.Json;

namespace TaxiiServer.Api.Tests.Admin;

/// <summary>
/// Who may do what (issue 5): every kind of caller against the admin API and the main TAXII endpoints. Codes read
/// row by row: admin API, discovery, collections list, collection, get objects, post objects, manifest.
/// </summary>
public class AccessMatrixTests
{
    private const string Col = "/taxii2/" + AdminApiFactory.Root + "/collections/" + AdminApiFactory.Shared + "/";

    private AdminApiFactory _factory = null!;
    private string _revokedKey = null!;
    private string _disabled = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _factory = new AdminApiFactory();
        using var admin = _factory.Admin();
        var keyOwner = await _factory.NewAccountAsync(false, (AdminApiFactory.Shared, true, true));
        var (id, key) = await _factory.NewKeyAsync(keyOwner);
        (await admin.DeleteAsync($"/admin/v1/accounts/{keyOwner}/keys/{id}")).EnsureSuccessStatusCode();
        _revokedKey = key;
        _disabled = await _factory.NewAccountAsync(false, (AdminApiFactory.Shared, true, true));
        (await admin.PatchAsJsonAsync($"/admin/v1/accounts/{_disabled}", new { disabled = true })).EnsureSuccessStatusCode();
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    private HttpClient ClientFor(string caller) => caller switch
    {
        "anonymous" => _factory.CreateClient(),
        "bad-password" => _factory.Basic("readwrite", "not-the-password"),
        "revoked-key" => _factory.Key(_revokedKey),
        "disabled" => _factory.Basic(_disabled),
        _ => _factory.Basic(caller),
    };

    [TestCase("anonymous", 401, 401, 401, 401, 401, 401, 401)]
    [TestCase("bad-password", 401, 401, 401, 401, 401, 401, 401)]
    [TestCase("revoked-key", 401, 401, 401, 401, 401, 401, 401)]
    [TestCase("disabled", 401, 401, 401, 401, 401, 401, 401)]
    [TestCase("reader", 403, 200, 200, 200, 200, 403, 200)]
    [TestCase("writer", 403, 200, 200, 200, 403, 202, 403)]
    [TestCase("readwrite", 403, 200, 200, 200, 200, 202, 200)]
    [TestCase("nogrant", 403, 200, 404, 404, 404, 404, 404)] // sees no API root, so not even the list
    [TestCase("admin", 200, 200, 200, 200, 200, 202, 200)]
    public async Task Each_caller_gets_exactly_its_rights(
        string caller, int adminApi, int discovery, int collections, int collection, int getObjects, int postObjects, int manifest)
    {
        using var client = ClientFor(caller);

        var actual = new[]
        {
            (int)(await client.GetAsync("/admin/v1/accounts")).StatusCode,
            (int)(await client.TaxiiGetAsync("/taxii2/")).StatusCode,
            (int)(await client.TaxiiGetAsync($"/taxii2/{AdminApiFactory.Root}/collections/")).StatusCode,
            (int)(await client.TaxiiGetAsync(Col)).StatusCode,
            (int)(await client.TaxiiGetAsync(Col + "objects/")).StatusCode,
            (int)(await client.TaxiiPostAsync(Col + "objects/", AdminTestHttp.IndicatorEnvelope(out _))).StatusCode,
            (int)(await client.TaxiiGetAsync(Col + "manifest/")).StatusCode,
        };

        Assert.That(actual, Is.EqualTo(new[] { adminApi, discovery, collections, collection, getObjects, postObjects, manifest }));
    }

    [TestCase("reader")]
    [TestCase("writer")]
    [TestCase("nogrant")]
    public async Task Collections_without_a_grant_are_never_named_to_the_caller(string caller)
    {
        using var client = ClientFor(caller);

        var list = await (await client.TaxiiGetAsync($"/taxii2/{AdminApiFactory.Root}/collections/")).Content.ReadAsStringAsync();
        var hidden = await client.TaxiiGetAsync($"/taxii2/{AdminApiFactory.Root}/collections/{AdminApiFactory.Hidden}/");
        var hiddenBody = await hidden.Content.ReadAsStringAsync();

        Assert.That(list, Does.Not.Contain("Secret-name-collection").And.Not.Contain(AdminApiFactory.Hidden));
        Assert.That(hidden.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(hiddenBody, Does.Not.Contain("Secret-name-collection"));
    }

    [TestCase("anonymous")]
    [TestCase("reader")]
    public async Task Admin_refusals_are_problem_details_not_taxii_errors(string caller)
    {
        using var client = ClientFor(caller);

        var response = await client.GetAsync("/admin/v1/collections/" + AdminApiFactory.Hidden);

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("Secret-name-collection"));
    }
}
