using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Admin;

/// <summary>
/// Admin calls and probe objects for the per-API-root validation tests (issue 5), on a <see cref="TaxiiApiFactory"/>.
/// Admin clients come from the factory's plain <c>CreateClient</c>: the admin API answers JSON, which the TAXII
/// response guard would refuse.
/// </summary>
internal static class ValidationPolicyHttp
{
    public static HttpClient AdminApi(this TaxiiApiFactory factory, TestAccount? account = null)
    {
        var caller = account ?? TestAccount.Admin;
        var client = factory.CreateClient();
        if (caller.HasCredentials)
        {
            client.DefaultRequestHeaders.Authorization = TaxiiRequestDefaults.BasicHeader(caller.Name, caller.Password);
        }

        return client;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>The body creating <paramref name="root"/>, with <paramref name="validationJson"/> as its validation when given.</summary>
    public static string RootBody(string root, string? validationJson = null)
    {
        var body = new JsonObject { ["name"] = root };
        if (validationJson is not null)
        {
            body["validation"] = JsonNode.Parse(validationJson);
        }

        return body.ToJsonString();
    }

    /// <summary>Creates an API root (with a validation object when given) and one collection in it; returns the collection id.</summary>
    public static async Task<string> NewRootWithCollectionAsync(this TaxiiApiFactory factory, string root, string? validationJson = null)
    {
        using var admin = factory.AdminApi();
        var created = await admin.PostAsync("/admin/v1/api-roots", Json(RootBody(root, validationJson)));
        Assert.That((int)created.StatusCode, Is.EqualTo(201), await created.Content.ReadAsStringAsync());
        var collection = await admin.PostAsJsonAsync($"/admin/v1/api-roots/{root}/collections", new { title = "Probe" });
        return (await collection.JsonAsync()).GetProperty("id").GetString()!;
    }

    public static async Task<HttpResponseMessage> PatchRootAsync(this TaxiiApiFactory factory, string root, string json)
    {
        using var admin = factory.AdminApi();
        return await admin.PatchAsync($"/admin/v1/api-roots/{root}", Json(json));
    }

    /// <summary>PATCHes and asserts the 200, returning the root as the admin API shows it.</summary>
    public static async Task<JsonElement> PatchRootOkAsync(this TaxiiApiFactory factory, string root, string json)
    {
        var response = await factory.PatchRootAsync(root, json);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public static async Task<JsonElement> GetRootAsync(this TaxiiApiFactory factory, string root)
    {
        using var admin = factory.AdminApi();
        var response = await admin.GetAsync($"/admin/v1/api-roots/{root}");
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    /// <summary>POSTs one object as the admin and returns null when it was stored, else the failure's message.</summary>
    public static async Task<string?> PostOneAsync(this TaxiiApiFactory factory, string root, string collection, JsonObject stixObject)
    {
        var status = (await factory.Client(TestAccount.Admin)
            .AddObjectsAsync(root, collection, new EnvelopeBuilder().WithRaw(stixObject))).Body;
        var failures = StatusAssertions.Entries(status, "failures");
        if (failures.Count == 0)
        {
            Assert.That((int)status["success_count"]!, Is.EqualTo(1), status.ToJsonString());
            return null;
        }

        return (string?)failures.Single()["message"];
    }

    /// <summary>Valid by the schema, but breaks a MUST rule only strict checks: modified earlier than created.</summary>
    public static JsonObject ModifiedBeforeCreated() => StixObjectBuilder.Indicator()
        .With("modified", StixObjectBuilder.Format(StixObjectBuilder.BaseTime.AddDays(-1))).Build();

    /// <summary>Fails the indicator schema (pattern is required) but has the structure the store needs.</summary>
    public static JsonObject MissingPattern() => StixObjectBuilder.Indicator().Without("pattern").Build();

    /// <summary>A custom object type, well named: accepted unless custom objects are refused.</summary>
    public static JsonObject CustomObject() => new()
    {
        ["type"] = "x-acme-widget",
        ["spec_version"] = "2.1",
        ["id"] = StixObjectBuilder.NewId("x-acme-widget"),
        ["created"] = StixObjectBuilder.Format(StixObjectBuilder.BaseTime),
        ["modified"] = StixObjectBuilder.Format(StixObjectBuilder.BaseTime),
        ["name"] = "Widget",
    };

    public static string? PolicyOf(JsonElement root, string view) =>
        root.GetProperty(view).GetProperty("policy").GetString();
}
