using System.Net;
using System.Net.Http.Json;

namespace TaxiiServer.Api.Tests.Admin;

public class AccountsEndpointsTests
{
    private AdminApiFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new AdminApiFactory();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task An_admin_creates_reads_lists_and_deletes_an_account()
    {
        using var admin = _factory.Admin();
        var name = "partner-" + Guid.NewGuid().ToString("N")[..8];

        var created = await admin.PostAsJsonAsync("/admin/v1/accounts", new { name, password = AdminApiFactory.Password, isAdmin = false });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(created.Headers.Location?.ToString(), Is.EqualTo($"/admin/v1/accounts/{name}"));
        var body = await created.Content.ReadAsStringAsync();
        Assert.That(body, Does.Not.Contain("pbkdf2").And.Not.Contain(AdminApiFactory.Password));

        var one = await (await admin.GetAsync($"/admin/v1/accounts/{name}")).JsonAsync();
        Assert.That(one.GetProperty("isAdmin").GetBoolean(), Is.False);
        var list = await (await admin.GetAsync("/admin/v1/accounts")).JsonAsync();
        Assert.That(list.EnumerateArray().Select(a => a.GetProperty("name").GetString()), Does.Contain(name).And.Contain("admin"));

        Assert.That((await admin.DeleteAsync($"/admin/v1/accounts/{name}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await admin.GetAsync($"/admin/v1/accounts/{name}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_duplicate_account_is_a_409_problem_and_a_weak_password_a_400_validation_problem()
    {
        using var admin = _factory.Admin();
        var name = await _factory.NewAccountAsync();

        var duplicate = await admin.PostAsJsonAsync("/admin/v1/accounts", new { name, password = AdminApiFactory.Password });
        var weak = await admin.PostAsJsonAsync("/admin/v1/accounts", new { name = name + "x", password = "short" });

        Assert.That(duplicate.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(duplicate.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await duplicate.JsonAsync()).GetProperty("type").GetString(), Is.EqualTo("urn:taxii-server:admin:problem:conflict"));
        Assert.That(weak.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await weak.JsonAsync();
        Assert.That(problem.GetProperty("type").GetString(), Is.EqualTo("urn:taxii-server:admin:problem:invalid"));
        Assert.That(problem.GetProperty("errors").TryGetProperty("password", out _), Is.True);
    }

    [Test]
    public async Task Disabling_refuses_the_account_at_once_and_enabling_restores_it()
    {
        using var admin = _factory.Admin();
        var name = await _factory.NewAccountAsync(false, (AdminApiFactory.Shared, true, false));
        using var user = _factory.Basic(name);
        Assert.That((await user.TaxiiGetAsync("/taxii2/")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var disabled = await admin.PatchAsJsonAsync($"/admin/v1/accounts/{name}", new { disabled = true });
        Assert.That((await disabled.JsonAsync()).GetProperty("disabled").GetBoolean(), Is.True);
        Assert.That((await user.TaxiiGetAsync("/taxii2/")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        await admin.PatchAsJsonAsync($"/admin/v1/accounts/{name}", new { disabled = false });
        Assert.That((await user.TaxiiGetAsync("/taxii2/")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_new_password_replaces_the_old_one_at_once()
    {
        using var admin = _factory.Admin();
        var name = await _factory.NewAccountAsync(false, (AdminApiFactory.Shared, true, false));
        using var old = _factory.Basic(name);
        Assert.That((await old.TaxiiGetAsync("/taxii2/")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var changed = await admin.PutAsJsonAsync($"/admin/v1/accounts/{name}/password", new { password = "another-long-password" });

        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await old.TaxiiGetAsync("/taxii2/")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        using var fresh = _factory.Basic(name, "another-long-password");
        Assert.That((await fresh.TaxiiGetAsync("/taxii2/")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Promoting_an_account_to_admin_opens_the_admin_api_to_it()
    {
        using var admin = _factory.Admin();
        var name = await _factory.NewAccountAsync();
        using var user = _factory.Basic(name);
        Assert.That((await user.GetAsync("/admin/v1/accounts")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        await admin.PatchAsJsonAsync($"/admin/v1/accounts/{name}", new { isAdmin = true });

        Assert.That((await user.GetAsync("/admin/v1/accounts")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_admin_cannot_lock_itself_out()
    {
        using var admin = _factory.Admin();

        Assert.That((await admin.PatchAsJsonAsync("/admin/v1/accounts/admin", new { disabled = true })).StatusCode,
            Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await admin.DeleteAsync("/admin/v1/accounts/admin")).StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Unknown_accounts_are_404_problems_for_every_verb()
    {
        using var admin = _factory.Admin();

        Assert.That((await admin.GetAsync("/admin/v1/accounts/ghost")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await admin.PatchAsJsonAsync("/admin/v1/accounts/ghost", new { disabled = true })).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await admin.PutAsJsonAsync("/admin/v1/accounts/ghost/password", new { password = "a-long-password-1" })).StatusCode,
            Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await admin.DeleteAsync("/admin/v1/accounts/ghost")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
