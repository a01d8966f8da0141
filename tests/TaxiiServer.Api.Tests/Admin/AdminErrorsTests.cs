using System.Net;
using System.Text;

namespace TaxiiServer.Api.Tests.Admin;

/// <summary>Errors under /admin are problem details, and the TAXII surface keeps its own error resources.</summary>
public class AdminErrorsTests
{
    private AdminApiFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new AdminApiFactory();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task Unknown_admin_routes_and_methods_are_problem_details()
    {
        using var admin = _factory.Admin();

        var missing = await admin.GetAsync("/admin/v1/nothing-here");
        var method = await admin.PutAsync("/admin/v1/accounts", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(missing.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(method.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(method.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task A_malformed_json_body_is_a_400_problem()
    {
        using var admin = _factory.Admin();

        var response = await admin.PostAsync("/admin/v1/accounts", new StringContent("{not json", Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task An_anonymous_admin_request_is_a_401_problem_with_a_challenge()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync("/admin/v1/accounts");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(response.Headers.WwwAuthenticate.Select(h => h.Scheme), Does.Contain("Basic"));
        Assert.That((await response.JsonAsync()).GetProperty("type").GetString(), Is.EqualTo("urn:taxii-server:admin:problem:unauthorized"));
    }

    [Test]
    public async Task The_taxii_surface_still_answers_with_taxii_errors()
    {
        using var client = _factory.CreateClient();
        using var reader = _factory.Basic("reader");

        var anonymous = await client.TaxiiGetAsync("/taxii2/");
        var missing = await reader.TaxiiGetAsync("/taxii2/nothing/here/");

        Assert.That(anonymous.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/taxii+json"));
        Assert.That(missing.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/taxii+json"));
    }

    [Test]
    public async Task The_openapi_document_describes_every_admin_operation()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync("/admin/v1/openapi.json");
        var document = await response.JsonAsync();
        var paths = document.GetProperty("paths");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(document.GetProperty("openapi").GetString(), Is.EqualTo("3.0.3"));
        Assert.That(paths.GetProperty("/admin/v1/accounts").TryGetProperty("post", out _), Is.True);
        Assert.That(paths.GetProperty("/admin/v1/accounts/{name}/keys/{id}").TryGetProperty("delete", out _), Is.True);
        Assert.That(paths.GetProperty("/admin/v1/grants/{account}/{collection}").TryGetProperty("put", out _), Is.True);
        Assert.That(paths.GetProperty("/admin/v1/audit").GetProperty("get").GetProperty("operationId").GetString(), Is.EqualTo("AdminQueryAudit"));
        Assert.That(paths.EnumerateObject().Select(p => p.Name), Has.None.StartsWith("/taxii2"));
    }
}
