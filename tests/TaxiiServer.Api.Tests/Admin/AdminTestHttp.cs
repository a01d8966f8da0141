using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TaxiiServer.Api.Tests.Admin;

/// <summary>TAXII requests and JSON reading shared by the admin HTTP tests.</summary>
internal static class AdminTestHttp
{
    public const string Taxii = "application/taxii+json;version=2.1";

    public static Task<HttpResponseMessage> TaxiiGetAsync(this HttpClient client, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(Taxii));
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> TaxiiPostAsync(this HttpClient client, string path, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(Taxii);
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(Taxii));
        return client.SendAsync(request);
    }

    /// <summary>An envelope with one valid indicator of a fresh id.</summary>
    public static string IndicatorEnvelope(out string id)
    {
        id = "indicator--" + Guid.NewGuid();
        return $$"""
            { "objects": [ {
              "type": "indicator", "spec_version": "2.1", "id": "{{id}}",
              "created": "2024-01-01T00:00:00.000Z", "modified": "2024-01-01T00:00:00.000Z",
              "name": "test", "pattern": "[ipv4-addr:value = '198.51.100.1']", "pattern_type": "stix",
              "valid_from": "2024-01-01T00:00:00Z" } ] }
            """;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static string ObjectsPath(string collection) =>
        $"/taxii2/{AdminApiFactory.Root}/collections/{collection}/objects/";
}
