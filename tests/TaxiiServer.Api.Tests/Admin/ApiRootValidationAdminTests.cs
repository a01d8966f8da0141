using System.Net;
using System.Text.Json;
using TaxiiServer.Api.Tests.Infrastructure;
using static TaxiiServer.Api.Tests.Admin.ValidationPolicyHttp;

namespace TaxiiServer.Api.Tests.Admin;

/// <summary>
/// Issue 5, the admin side of the per-API-root validation setting: partial changes, refusals as problem details,
/// who may change it, the audit trail and the OpenAPI description.
/// </summary>
public class ApiRootValidationAdminTests : TaxiiApiFixture
{
    private static string NewRootName() => "val" + Guid.NewGuid().ToString("N")[..10];

    private static void AssertInvalidProblem(HttpResponseMessage response, string body)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Each_member_of_validation_is_set_kept_or_cleared_on_its_own()
    {
        var root = NewRootName();
        await Factory.NewRootWithCollectionAsync(root,
            """{"policy":"Schema","acceptCustomObjects":false}""");

        var added = await Factory.PatchRootOkAsync(root, """{"validation":{"acceptCustomProperties":false}}""");
        var untouched = await Factory.PatchRootOkAsync(root, """{"title":"Renamed","validation":null}""");
        var cleared = await Factory.PatchRootOkAsync(root,
            """{"validation":{"policy":null,"acceptCustomObjects":null,"acceptCustomProperties":null}}""");

        Assert.That(added.GetProperty("validation").ToString(),
            Is.EqualTo("""{"policy":"schema","acceptCustomObjects":false,"acceptCustomProperties":false}"""), "names stored lower-case");
        Assert.That(untouched.GetProperty("validation").ToString(), Is.EqualTo(added.GetProperty("validation").ToString()));
        Assert.That(untouched.GetProperty("title").GetString(), Is.EqualTo("Renamed"));
        Assert.That(cleared.GetProperty("validation").ToString(),
            Is.EqualTo("""{"policy":null,"acceptCustomObjects":null,"acceptCustomProperties":null}"""));
        Assert.That(cleared.GetProperty("effectiveValidation").GetProperty("policy").GetString(), Is.EqualTo("strict"));
    }

    [TestCase("""{"validation":{"policy":"lenient"}}""")] // not a policy
    [TestCase("""{"validation":{"policy":""}}""")] // empty is no policy either
    [TestCase("""{"validation":{"policy":"0"}}""")] // an enum number must not select a mode
    public async Task An_unknown_policy_is_a_400_naming_the_field_and_changes_nothing(string patch)
    {
        var root = NewRootName();
        await Factory.NewRootWithCollectionAsync(root, """{"policy":"off"}""");

        var response = await Factory.PatchRootAsync(root, patch);
        var body = await response.Content.ReadAsStringAsync();

        AssertInvalidProblem(response, body);
        using var problem = JsonDocument.Parse(body);
        Assert.That(problem.RootElement.GetProperty("type").GetString(), Is.EqualTo("urn:taxii-server:admin:problem:invalid"));
        Assert.That(problem.RootElement.GetProperty("errors").TryGetProperty("validation.policy", out _), Is.True, body);
        Assert.That(PolicyOf(await Factory.GetRootAsync(root), "validation"), Is.EqualTo("off"));
    }

    [Test]
    public async Task Creating_a_root_with_an_unknown_policy_creates_nothing()
    {
        var root = NewRootName();
        using var admin = Factory.AdminApi();

        var response = await admin.PostAsync("/admin/v1/api-roots", Json(RootBody(root, """{"policy":"loose"}""")));

        AssertInvalidProblem(response, await response.Content.ReadAsStringAsync());
        Assert.That((await admin.GetAsync($"/admin/v1/api-roots/{root}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("""{"validation":{"policy":5}}""")] // a number where a name belongs
    [TestCase("""{"validation":"off"}""")] // the policy without its object
    [TestCase("""{"validation":{"acceptCustomObjects":"yes"}}""")] // a string where a boolean belongs
    [TestCase("""{"validation":[]}""")] // an array where an object belongs
    public async Task A_validation_of_the_wrong_json_shape_is_a_400_problem_never_a_500(string patch)
    {
        var root = NewRootName();
        await Factory.NewRootWithCollectionAsync(root);

        var response = await Factory.PatchRootAsync(root, patch);

        AssertInvalidProblem(response, await response.Content.ReadAsStringAsync());
    }

    [TestCase("readwrite", HttpStatusCode.Forbidden)]
    [TestCase("", HttpStatusCode.Unauthorized)]
    public async Task Only_admins_change_the_setting(string caller, HttpStatusCode expected)
    {
        var root = NewRootName();
        await Factory.NewRootWithCollectionAsync(root);
        var account = caller.Length == 0 ? TestAccount.Anonymous : TestAccount.ReadWrite;
        using var client = Factory.AdminApi(account);

        var patched = await client.PatchAsync($"/admin/v1/api-roots/{root}", Json("""{"validation":{"policy":"off"}}"""));
        var created = await client.PostAsync("/admin/v1/api-roots", Json(RootBody(NewRootName(), """{"policy":"off"}""")));

        Assert.That(patched.StatusCode, Is.EqualTo(expected));
        Assert.That(created.StatusCode, Is.EqualTo(expected));
        Assert.That(patched.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(PolicyOf(await Factory.GetRootAsync(root), "validation"), Is.Null);
    }

    [Test]
    public async Task The_audit_trail_records_the_new_setting_and_what_it_replaced()
    {
        var root = NewRootName();
        await Factory.NewRootWithCollectionAsync(root, """{"acceptCustomObjects":false}""");

        await Factory.PatchRootOkAsync(root, """{"validation":{"policy":"off"}}""");

        using var admin = Factory.AdminApi();
        var audit = await (await admin.GetAsync("/admin/v1/audit?action=apiroot.update&limit=50")).JsonAsync();
        var details = audit.GetProperty("records").EnumerateArray()
            .Single(r => r.GetProperty("target").GetString() == root).GetProperty("details").GetString()!;
        using var parsed = JsonDocument.Parse(details);
        var d = parsed.RootElement;
        Assert.That(d.GetProperty("validation.policy").GetString(), Is.EqualTo("off"));
        Assert.That(d.GetProperty("validation.policy.was").GetString(), Is.EqualTo("unset"));
        Assert.That(d.GetProperty("validation.acceptCustomObjects").GetString(), Is.EqualTo("false"));
        Assert.That(d.TryGetProperty("validation.acceptCustomObjects.was", out _), Is.False, "unchanged fields carry no previous value");
        Assert.That(d.GetProperty("validation.acceptCustomProperties").GetString(), Is.EqualTo("unset"));
    }

    [Test]
    public async Task Lists_show_the_stored_and_the_effective_setting_of_every_root()
    {
        var root = NewRootName();
        await Factory.NewRootWithCollectionAsync(root, """{"policy":"schema"}""");
        using var admin = Factory.AdminApi();

        var listed = (await (await admin.GetAsync("/admin/v1/api-roots")).JsonAsync()).EnumerateArray()
            .Single(r => r.GetProperty("name").GetString() == root);

        Assert.That(PolicyOf(listed, "validation"), Is.EqualTo("schema"));
        Assert.That(PolicyOf(listed, "effectiveValidation"), Is.EqualTo("schema"));
        Assert.That(listed.GetProperty("effectiveValidation").GetProperty("acceptCustomObjects").GetBoolean(), Is.True);
    }

    [Test]
    public async Task The_openapi_document_describes_the_validation_setting()
    {
        using var client = Factory.CreateClient();

        var document = await (await client.GetAsync("/admin/v1/openapi.json")).JsonAsync();

        var schemas = document.GetProperty("components").GetProperty("schemas");
        var policy = schemas.GetProperty("ApiRootValidationInput").GetProperty("properties").GetProperty("policy");
        Assert.That(policy.GetProperty("enum").EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? null : e.GetString()),
            Is.EqualTo(new[] { "strict", "schema", "off", null }));
        Assert.That(schemas.GetProperty("ApiRoot").GetProperty("properties").TryGetProperty("effectiveValidation", out _), Is.True);
        var patch = document.GetProperty("paths").GetProperty("/admin/v1/api-roots/{name}").GetProperty("patch");
        Assert.That(patch.GetProperty("requestBody").GetProperty("content").GetProperty("application/json")
            .GetProperty("schema").GetProperty("$ref").GetString(), Is.EqualTo("#/components/schemas/ApiRootInput"));
        Assert.That(document.GetProperty("paths").GetProperty("/admin/v1/api-roots").GetProperty("get").GetProperty("responses")
            .GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema")
            .GetProperty("items").GetProperty("$ref").GetString(), Is.EqualTo("#/components/schemas/ApiRoot"));
    }
}
