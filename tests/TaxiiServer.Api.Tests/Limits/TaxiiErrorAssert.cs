using System.Net;
using System.Text.Json;

namespace TaxiiServer.Api.Tests.Limits;

internal static class TaxiiErrorAssert
{
    /// <summary>
    /// The answer is a TAXII error resource with this status and error id, in the TAXII media type, and carries a
    /// Retry-After of at least one second. Returns the Retry-After seconds.
    /// </summary>
    public static async Task<int> IsLimitAsync(HttpResponseMessage response, HttpStatusCode status, string errorId)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.ToString(),
            Is.EqualTo("application/taxii+json;version=2.1").IgnoreCase.Or.EqualTo("application/taxii+json; version=2.1").IgnoreCase);
        using var json = JsonDocument.Parse(body);
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("http_status").GetString(), Is.EqualTo(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(json.RootElement.GetProperty("error_id").GetString(), Is.EqualTo(errorId));
            Assert.That(json.RootElement.GetProperty("title").GetString(), Is.Not.Empty);
            Assert.That(response.Headers.RetryAfter?.Delta, Is.Not.Null, "Retry-After in seconds");
        });
        var seconds = (int)response.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        Assert.That(seconds, Is.GreaterThanOrEqualTo(1));
        return seconds;
    }
}
