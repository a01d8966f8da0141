using System.Net;
using System.Net.Http.Json;

namespace TaxiiServer.Api.Tests.Admin;

public class GrantsEndpointsTests
{
    private AdminApiFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new AdminApiFactory();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task A_grant_takes_effect_at_once_and_its_removal_too()
    {
        var name = await _factory.NewAccountAsync();
        using var user = _factory.Basic(name);
        using var admin = _factory.Admin();
        var objects = AdminTestHttp.ObjectsPath(AdminApiFactory.Shared);
        Assert.That((await user.TaxiiGetAsync(objects)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        await admin.PutAsJsonAsync($"/admin/v1/grants/{name}/{AdminApiFactory.Shared}", new { read = true, write = false });
        Assert.That((await user.TaxiiGetAsync(objects)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await user.TaxiiPostAsync(objects, AdminTestHttp.IndicatorEnvelope(out _))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        await admin.PutAsJsonAsync($"/admin/v1/grants/{name}/{AdminApiFactory.Shared}", new { read = true, write = true });
        Assert.That((await user.TaxiiPostAsync(objects, AdminTestHttp.IndicatorEnvelope(out _))).StatusCode, Is.EqualTo(HttpStatusCode.Accepted));

        Assert.That((await admin.DeleteAsync($"/admin/v1/grants/{name}/{AdminApiFactory.Shared}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await user.TaxiiGetAsync(objects)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Grants_are_listed_by_account_and_by_collection()
    {
        var name = await _factory.NewAccountAsync(false, (AdminApiFactory.Shared, true, false), (AdminApiFactory.Hidden, false, true));
        using var admin = _factory.Admin();

        var mine = await (await admin.GetAsync($"/admin/v1/accounts/{name}/grants")).JsonAsync();
        var holders = await (await admin.GetAsync($"/admin/v1/collections/{AdminApiFactory.Hidden}/grants")).JsonAsync();

        Assert.That(mine.EnumerateArray().Select(g => g.GetProperty("collectionId").GetString()),
            Is.EquivalentTo(new[] { AdminApiFactory.Shared, AdminApiFactory.Hidden }));
        Assert.That(holders.EnumerateArray().Select(g => g.GetProperty("account").GetString()), Does.Contain(name));
    }

    [Test]
    public async Task Grants_on_unknown_accounts_or_collections_and_empty_grants_are_refused()
    {
        var name = await _factory.NewAccountAsync();
        using var admin = _factory.Admin();

        Assert.That((await admin.PutAsJsonAsync($"/admin/v1/grants/ghost/{AdminApiFactory.Shared}", new { read = true })).StatusCode,
            Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await admin.PutAsJsonAsync($"/admin/v1/grants/{name}/{Guid.NewGuid()}", new { read = true })).StatusCode,
            Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await admin.PutAsJsonAsync($"/admin/v1/grants/{name}/{AdminApiFactory.Shared}", new { read = false, write = false })).StatusCode,
            Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await admin.DeleteAsync($"/admin/v1/grants/{name}/{AdminApiFactory.Shared}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
