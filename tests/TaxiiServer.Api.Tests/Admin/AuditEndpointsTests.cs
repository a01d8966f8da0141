using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TaxiiServer.Api.Tests.Admin;

public class AuditEndpointsTests
{
    private AdminApiFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new AdminApiFactory();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    private async Task<List<JsonElement>> RecordsAsync(string query)
    {
        using var admin = _factory.Admin();
        var page = await (await admin.GetAsync("/admin/v1/audit?" + query)).JsonAsync();
        return [.. page.GetProperty("records").EnumerateArray()];
    }

    [Test]
    public async Task Every_change_is_recorded_with_actor_action_target_and_outcome_but_no_secret()
    {
        var name = await _factory.NewAccountAsync(false, (AdminApiFactory.Shared, true, false));
        var (_, key) = await _factory.NewKeyAsync(name);
        using var admin = _factory.Admin();
        await admin.PutAsJsonAsync($"/admin/v1/accounts/{name}/password", new { password = "yet-another-password" });

        var records = (await RecordsAsync("actor=admin&limit=1000")).Where(r => r.GetProperty("target").GetString() is { } t && t.StartsWith(name, StringComparison.Ordinal)).ToList();
        var actions = records.Select(r => r.GetProperty("action").GetString()).ToList();
        var text = string.Join("\n", records.Select(r => r.GetRawText()));

        Assert.That(actions, Is.SupersetOf(new[] { "account.create", "grant.set", "apikey.create", "account.password" }));
        Assert.That(records.Select(r => r.GetProperty("outcome").GetString()), Is.All.EqualTo("success"));
        Assert.That(text, Does.Not.Contain(AdminApiFactory.Password).And.Not.Contain("yet-another-password").And.Not.Contain(key[15..]));
        Assert.That(records[0].GetProperty("timestamp").GetString(), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$"));
    }

    [Test]
    public async Task Refused_changes_are_recorded_as_failures()
    {
        using var admin = _factory.Admin();
        await admin.DeleteAsync("/admin/v1/accounts/ghost-for-audit");

        var records = await RecordsAsync("action=account.delete");

        Assert.That(records.Any(r => r.GetProperty("target").GetString() == "ghost-for-audit" &&
            r.GetProperty("outcome").GetString() == "failure"), Is.True);
    }

    [Test]
    public async Task Authentication_failures_name_who_tried_and_why_never_the_secret()
    {
        var tried = "intruder-" + Guid.NewGuid().ToString("N")[..6];
        using (var bad = _factory.Basic(tried, "guessed-password-123"))
        {
            Assert.That((await bad.TaxiiGetAsync("/taxii2/")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        const string unknownKey = "taxii_abcdef12_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        using (var keyed = _factory.Key(unknownKey))
        {
            await keyed.TaxiiGetAsync("/taxii2/");
        }

        var byName = await RecordsAsync($"actor={tried}");
        var byKey = await RecordsAsync("actor=taxii_abcdef12&action=auth.failed");

        Assert.That(byName, Has.Count.EqualTo(1));
        Assert.That(byName[0].GetProperty("action").GetString(), Is.EqualTo("auth.failed"));
        Assert.That(byName[0].GetRawText(), Does.Not.Contain("guessed-password-123"));
        Assert.That(byKey, Is.Not.Empty);
        Assert.That(byKey[0].GetProperty("details").GetString(), Does.Contain("unknown API key"));
        Assert.That(byKey[0].GetRawText(), Does.Not.Contain(unknownKey[15..]));
    }

    [Test]
    public async Task Pages_follow_the_cursor_newest_first()
    {
        for (var i = 0; i < 3; i++)
        {
            await _factory.NewAccountAsync();
        }

        using var admin = _factory.Admin();
        var first = await (await admin.GetAsync("/admin/v1/audit?action=account.create&limit=2")).JsonAsync();
        var next = first.GetProperty("next").GetString();
        var second = await (await admin.GetAsync($"/admin/v1/audit?action=account.create&limit=2&cursor={Uri.EscapeDataString(next!)}")).JsonAsync();

        var ids = first.GetProperty("records").EnumerateArray().Concat(second.GetProperty("records").EnumerateArray())
            .Select(r => r.GetProperty("id").GetString()).ToList();
        var stamps = first.GetProperty("records").EnumerateArray().Concat(second.GetProperty("records").EnumerateArray())
            .Select(r => r.GetProperty("timestamp").GetString()).ToList();
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Has.Count.GreaterThanOrEqualTo(3));
        Assert.That(stamps, Is.Ordered.Descending);
    }

    [TestCase("since=yesterday")] // not a timestamp
    [TestCase("cursor=garbage")] // not a cursor this server made
    [TestCase("limit=0")] // limits are positive
    public async Task Bad_query_parameters_are_validation_problems(string query)
    {
        using var admin = _factory.Admin();

        var response = await admin.GetAsync("/admin/v1/audit?" + query);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }
}
