using System.Text;
using System.Text.Json;

namespace TaxiiServer.Resilience.Tests.Fuzz;

/// <summary>
/// What a hostile request may get back: any 2xx-4xx, a 503 only with Retry-After, and for every error the
/// application writes, a TAXII error resource (problem details under /admin). Kestrel's own refusals (an empty
/// 400, 414, 431 or 505, or a closed connection) are allowed only for requests broken at the HTTP level.
/// </summary>
internal static class ResponseJudge
{
    /// <summary>Null when the answer is acceptable, else what is wrong with it.</summary>
    public static string? Judge(FuzzCase request, RawResponse response)
    {
        if (response.Status == 0)
        {
            return request.ServerMayAnswer || request.EndEarly ? null : "the connection closed without an answer";
        }

        // 505 is Kestrel's own answer to an HTTP version it does not speak (documented in the README).
        var kestrelVersionRefusal = request.ServerMayAnswer && response.Status == 505 && response.Body.Length == 0;
        if (response.Status >= 500 && !(response.Status == 503 && response.Headers.ContainsKey("Retry-After")) && !kestrelVersionRefusal)
        {
            return $"answered {response.Status}";
        }

        if (response.Status < 400 || Encoding.ASCII.GetString(request.Request, 0, 5) == "HEAD ")
        {
            return null;
        }

        if (response.Body.Length == 0)
        {
            return request.ServerMayAnswer && response.Status is 400 or 414 or 431 or 505 ? null : $"answered {response.Status} with no body";
        }

        try
        {
            using var body = JsonDocument.Parse(response.Body);
            var root = body.RootElement;
            var required = request.IsAdmin ? "status" : "http_status";
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("title", out _) && root.TryGetProperty(required, out _)
                ? null
                : $"answered {response.Status} with a body that is not an error resource";
        }
        catch (JsonException)
        {
            return $"answered {response.Status} with a body that is not JSON";
        }
    }
}
