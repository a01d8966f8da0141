using System.Net;
using System.Net.Http.Json;

namespace TaxiiServer.Api.Tests.Admin;

public class CatalogEndpointsTests
{
    private AdminApiFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new AdminApiFactory();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    private static string NewRootName() => "root" + Guid.NewGuid().ToString("N")[..8];

    [Test]
    public async Task An_api_root_is_created_changed_and_served_over_taxii()
    {
        using var admin = _factory.Admin();
        var name = NewRootName();

        var created = await admin.PostAsJsonAsync("/admin/v1/api-roots", new { name, title = "New", maxContentLength = 5000 });
        var changed = await admin.PatchAsJsonAsync($"/admin/v1/api-roots/{name}", new { title = "Renamed", description = "d" });
        var taxii = await admin.TaxiiGetAsync($"/taxii2/{name}/");

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var root = await changed.JsonAsync();
        Assert.That(root.GetProperty("title").GetString(), Is.EqualTo("Renamed"));
        Assert.That(root.GetProperty("maxContentLength").GetInt64(), Is.EqualTo(5000));
        var served = await taxii.JsonAsync();
        Assert.That(served.GetProperty("title").GetString(), Is.EqualTo("Renamed"));
        Assert.That(served.GetProperty("max_content_length").GetInt64(), Is.EqualTo(5000));
        Assert.That((await (await admin.GetAsync("/admin/v1/api-roots")).JsonAsync()).EnumerateArray()
            .Select(r => r.GetProperty("name").GetString()), Does.Contain(name));
    }

    [Test]
    public async Task An_api_root_with_collections_is_not_deleted_until_they_are_gone()
    {
        using var admin = _factory.Admin();
        var name = NewRootName();
        await admin.PostAsJsonAsync("/admin/v1/api-roots", new { name });
        var collection = await (await admin.PostAsJsonAsync($"/admin/v1/api-roots/{name}/collections", new { title = "C" })).JsonAsync();
        var id = collection.GetProperty("id").GetString();

        var refused = await admin.DeleteAsync($"/admin/v1/api-roots/{name}");
        await admin.DeleteAsync($"/admin/v1/collections/{id}");
        var deleted = await admin.DeleteAsync($"/admin/v1/api-roots/{name}");

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await admin.GetAsync($"/admin/v1/api-roots/{name}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("bad name")] // a space cannot be a URL segment
    [TestCase("")] // empty
    public async Task An_api_root_name_that_is_no_url_segment_is_refused(string name)
    {
        using var admin = _factory.Admin();

        Assert.That((await admin.PostAsJsonAsync("/admin/v1/api-roots", new { name })).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_collection_is_created_with_its_settings_and_changed()
    {
        using var admin = _factory.Admin();
        var id = Guid.NewGuid().ToString();

        var created = await admin.PostAsJsonAsync($"/admin/v1/api-roots/{AdminApiFactory.Root}/collections",
            new { id, title = "IOCs", alias = "iocs", mediaTypes = new[] { "application/stix+json;version=2.1" } });
        var changed = await admin.PatchAsJsonAsync($"/admin/v1/collections/{id}", new { title = "IOCs v2", description = "d" });
        var listed = await (await admin.GetAsync($"/admin/v1/api-roots/{AdminApiFactory.Root}/collections")).JsonAsync();

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var body = await changed.JsonAsync();
        Assert.That(body.GetProperty("title").GetString(), Is.EqualTo("IOCs v2"));
        Assert.That(body.GetProperty("alias").GetString(), Is.EqualTo("iocs"));
        Assert.That(listed.EnumerateArray().Select(c => c.GetProperty("id").GetString()), Does.Contain(id));
    }

    [TestCase("{\"title\":\"\"}")] // a blank title
    [TestCase("{\"title\":\"t\",\"mediaTypes\":[\"text/plain\"]}")] // not a STIX media type
    [TestCase("{\"title\":\"t\",\"id\":\"not-a-uuid\"}")] // ids are UUIDs
    public async Task Invalid_collections_are_validation_problems(string json)
    {
        using var admin = _factory.Admin();

        var response = await admin.PostAsync($"/admin/v1/api-roots/{AdminApiFactory.Root}/collections",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task A_collection_holding_objects_is_deleted_only_with_force_which_deletes_objects_and_grants()
    {
        using var admin = _factory.Admin();
        var id = (await (await admin.PostAsJsonAsync($"/admin/v1/api-roots/{AdminApiFactory.Root}/collections",
            new { title = "Doomed" })).JsonAsync()).GetProperty("id").GetString()!;
        var holder = await _factory.NewAccountAsync(false, (id, true, true));
        using var user = _factory.Basic(holder);
        Assert.That((await user.TaxiiPostAsync(AdminTestHttp.ObjectsPath(id), AdminTestHttp.IndicatorEnvelope(out _))).StatusCode,
            Is.EqualTo(HttpStatusCode.Accepted));

        var refused = await admin.DeleteAsync($"/admin/v1/collections/{id}");
        var forced = await admin.DeleteAsync($"/admin/v1/collections/{id}?force=true");

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(forced.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await user.TaxiiGetAsync(AdminTestHttp.ObjectsPath(id))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await (await admin.GetAsync($"/admin/v1/accounts/{holder}/grants")).JsonAsync()).GetArrayLength(), Is.Zero);
        var audit = await (await admin.GetAsync("/admin/v1/audit?action=collection.delete&limit=5")).JsonAsync();
        var details = audit.GetProperty("records").EnumerateArray()
            .Where(r => r.GetProperty("target").GetString() == id).Select(r => r.GetProperty("details").GetString()).ToList();
        Assert.That(details, Has.Some.Contains("\"objectsDeleted\":\"1\""));
    }
}
