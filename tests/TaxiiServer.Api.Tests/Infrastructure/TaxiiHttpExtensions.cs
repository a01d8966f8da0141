using System.Net.Http.Headers;
using System.Text;

namespace TaxiiServer.Api.Tests.Infrastructure;

/// <summary>TAXII requests on an <see cref="HttpClient"/> made by <see cref="TaxiiApiFactory"/>.</summary>
public static class TaxiiHttpExtensions
{
    public static async Task<TaxiiResponse> GetTaxiiAsync(this HttpClient client, string path) =>
        await TaxiiResponse.ReadAsync(await client.GetAsync(new Uri(path, UriKind.Relative)));

    public static async Task<TaxiiResponse> DeleteTaxiiAsync(this HttpClient client, string path) =>
        await TaxiiResponse.ReadAsync(await client.DeleteAsync(new Uri(path, UriKind.Relative)));

    public static async Task<TaxiiResponse> SendTaxiiAsync(this HttpClient client, HttpRequestMessage request) =>
        await TaxiiResponse.ReadAsync(await client.SendAsync(request));

    /// <summary>POSTs a body with Content-Type <c>application/taxii+json;version=2.1</c>.</summary>
    public static Task<TaxiiResponse> PostTaxiiAsync(this HttpClient client, string path, string body) =>
        client.PostTaxiiAsync(path, Encoding.UTF8.GetBytes(body));

    public static async Task<TaxiiResponse> PostTaxiiAsync(this HttpClient client, string path, byte[] body)
    {
        using var content = TaxiiContent(body);
        return await TaxiiResponse.ReadAsync(await client.PostAsync(new Uri(path, UriKind.Relative), content));
    }

    /// <summary>POSTs an envelope to a collection and returns the status resource, asserting the 202.</summary>
    public static async Task<TaxiiResponse> AddObjectsAsync(this HttpClient client, string root, string collection, EnvelopeBuilder envelope) =>
        (await client.PostTaxiiAsync(TaxiiPaths.Objects(root, collection), envelope.ToJson())).ShouldBe(202);

    /// <summary>A body whose Content-Type header is exactly <paramref name="contentType"/> (null: none at all).</summary>
    public static ByteArrayContent RawContent(byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return content;
    }

    public static ByteArrayContent TaxiiContent(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(TaxiiRequestDefaults.TaxiiMediaType);
        return content;
    }
}
