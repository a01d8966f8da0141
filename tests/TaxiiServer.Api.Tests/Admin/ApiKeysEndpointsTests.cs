using System.Net;
using System.Net.Http.Json;

namespace TaxiiServer.Api.Tests.Admin;

public class ApiKeysEndpointsTests
{
    private AdminApiFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new AdminApiFactory();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [TestCase("Bearer")]
    [TestCase("Token")]
    public async Task A_new_key_authenticates_taxii_requests(string scheme)
    {
        var name = await _factory.NewAccountAsync(false, (AdminApiFactory.Shared, true, true));
        var (_, key) = await _factory.NewKeyAsync(name);
        using var client = _factory.Key(key, scheme);

        var collections = await client.TaxiiGetAsync($"/taxii2/{AdminApiFactory.Root}/collections/");
        var post = await client.TaxiiPostAsync(AdminTestHttp.ObjectsPath(AdminApiFactory.Shared), AdminTestHttp.IndicatorEnvelope(out _));

        Assert.That(key, Does.Match("^taxii_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$"));
        Assert.That(collections.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
    }

    [Test]
    public async Task Lists_show_the_prefix_and_last_use_but_never_the_secret()
    {
        var name = await _factory.NewAccountAsync(false, (AdminApiFactory.Shared, true, false));
        var (id, key) = await _factory.NewKeyAsync(name);
        using var client = _factory.Key(key);
        await client.TaxiiGetAsync("/taxii2/");
        using var admin = _factory.Admin();

        var response = await admin.GetAsync($"/admin/v1/accounts/{name}/keys");
        var text = await response.Content.ReadAsStringAsync();
        var listed = (await response.JsonAsync()).EnumerateArray().Single();

        Assert.That(listed.GetProperty("id").GetString(), Is.EqualTo(id));
        Assert.That(key, Does.StartWith(listed.GetProperty("prefix").GetString()!));
        Assert.That(listed.GetProperty("lastUsed").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.String));
        Assert.That(text, Does.Not.Contain(key[15..]));
    }

    [Test]
    public async Task A_revoked_key_is_refused_at_once()
    {
        var name = await _factory.NewAccountAsync(false, (AdminApiFactory.Shared, true, false));
        var (id, key) = await _factory.NewKeyAsync(name);
        using var client = _factory.Key(key);
        Assert.That((await client.TaxiiGetAsync("/taxii2/")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var admin = _factory.Admin();

        var revoked = await admin.DeleteAsync($"/admin/v1/accounts/{name}/keys/{id}");

        Assert.That((await revoked.JsonAsync()).GetProperty("revoked").GetBoolean(), Is.True);
        Assert.That((await client.TaxiiGetAsync("/taxii2/")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_key_of_a_disabled_account_is_refused()
    {
        var name = await _factory.NewAccountAsync(false, (AdminApiFactory.Shared, true, false));
        var (_, key) = await _factory.NewKeyAsync(name);
        using var admin = _factory.Admin();
        await admin.PatchAsJsonAsync($"/admin/v1/accounts/{name}", new { disabled = true });
        using var client = _factory.Key(key);

        Assert.That((await client.TaxiiGetAsync("/taxii2/")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task An_expiry_in_the_past_is_refused_and_a_future_one_is_listed()
    {
        var name = await _factory.NewAccountAsync();
        using var admin = _factory.Admin();

        var past = await admin.PostAsJsonAsync($"/admin/v1/accounts/{name}/keys", new { expires = DateTimeOffset.UtcNow.AddDays(-1) });
        var future = await admin.PostAsJsonAsync($"/admin/v1/accounts/{name}/keys", new { expires = DateTimeOffset.UtcNow.AddDays(30) });

        Assert.That(past.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(future.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await future.JsonAsync()).GetProperty("key").GetProperty("expires").ValueKind,
            Is.EqualTo(System.Text.Json.JsonValueKind.String));
    }

    [TestCase("taxii_00000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // well-formed, never issued
    [TestCase("not-a-key")] // malformed
    [TestCase("")] // empty
    public async Task Unknown_or_malformed_keys_are_401(string key)
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + key);

        Assert.That((await client.TaxiiGetAsync("/taxii2/")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_key_can_only_be_revoked_through_its_own_account()
    {
        var owner = await _factory.NewAccountAsync();
        var other = await _factory.NewAccountAsync();
        var (id, _) = await _factory.NewKeyAsync(owner);
        using var admin = _factory.Admin();

        Assert.That((await admin.DeleteAsync($"/admin/v1/accounts/{other}/keys/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await admin.GetAsync("/admin/v1/accounts/ghost/keys")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_admin_key_opens_the_admin_api()
    {
        var name = await _factory.NewAccountAsync(isAdmin: true);
        var (_, key) = await _factory.NewKeyAsync(name);
        using var client = _factory.Key(key, "Token");

        Assert.That((await client.GetAsync("/admin/v1/accounts")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
