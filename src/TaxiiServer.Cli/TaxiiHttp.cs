using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TaxiiServer.Cli;

/// <summary>
/// Requests to the admin and TAXII APIs with the configured credentials: an API key (Bearer) when one is given,
/// else HTTP Basic. Errors come back as <see cref="CliRequestException"/> with the server's own explanation.
/// </summary>
internal sealed class TaxiiHttp(HttpClient client, Uri baseUrl, string? user, string? password, string? apiKey)
{
    public const string TaxiiMediaType = "application/taxii+json;version=2.1";

    public async Task<JsonElement> SendJsonAsync(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var request = Create(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        return await ReadAsync(await client.SendAsync(request, ct), ct);
    }

    public async Task<JsonElement> TaxiiGetAsync(string path, CancellationToken ct)
    {
        using var request = Create(HttpMethod.Get, path);
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(TaxiiMediaType));
        return await ReadAsync(await client.SendAsync(request, ct), ct);
    }

    public async Task<JsonElement> TaxiiPostAsync(string path, byte[] body, CancellationToken ct)
    {
        using var request = Create(HttpMethod.Post, path);
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(TaxiiMediaType));
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(TaxiiMediaType);
        return await ReadAsync(await client.SendAsync(request, ct), ct);
    }

    private HttpRequestMessage Create(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(baseUrl, path));
        if (!string.IsNullOrEmpty(apiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }
        else if (!string.IsNullOrEmpty(user))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));
        }

        return request;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            JsonElement json = default;
            if (text.Length > 0)
            {
                try
                {
                    json = JsonDocument.Parse(text).RootElement.Clone();
                }
                catch (JsonException)
                {
                    // Not JSON (a proxy's page, say): the status line below still says what happened.
                }
            }

            if (response.IsSuccessStatusCode)
            {
                return json;
            }

            throw new CliRequestException($"{(int)response.StatusCode} {response.ReasonPhrase}: {Explain(json)}");
        }
    }

    /// <summary>The detail of a problem document or the description of a TAXII error.</summary>
    private static string Explain(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return "(no details)";
        }

        foreach (var name in new[] { "detail", "description", "title" })
        {
            if (json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString()!;
            }
        }

        return json.ToString();
    }
}
