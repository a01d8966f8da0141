using System.Text;
using System.Text.Json.Nodes;

namespace TaxiiServer.Api.Tests.Infrastructure;

/// <summary>A response read in full: status, the raw Content-Type, headers and the JSON body (null when empty).</summary>
public sealed class TaxiiResponse
{
    private TaxiiResponse(HttpResponseMessage message, string text)
    {
        Message = message;
        Text = text;
        StatusCode = (int)message.StatusCode;
        ContentType = ResponseGuard.RawContentType(message);
        Json = text.Length == 0 ? null : JsonNode.Parse(text)?.AsObject();
    }

    public HttpResponseMessage Message { get; }

    public int StatusCode { get; }

    /// <summary>The Content-Type exactly as written by the server.</summary>
    public string? ContentType { get; }

    public string Text { get; }

    public JsonObject? Json { get; }

    /// <summary>The body, which the test expects to be present.</summary>
    public JsonObject Body => Json ?? throw new AssertionException($"Expected a JSON body; the {StatusCode} response had none.");

    /// <summary>The "objects" array of an envelope or manifest; empty when the member is absent.</summary>
    public IReadOnlyList<JsonObject> Objects =>
        Body["objects"]?.AsArray().Select(o => o!.AsObject()).ToList() ?? [];

    /// <summary>The "id" of every object (or manifest record), in order.</summary>
    public IReadOnlyList<string> ObjectIds => Objects.Select(o => (string)o["id"]!).ToList();

    public bool More => (bool)Body["more"]!;

    public string? Next => (string?)Body["next"];

    public static async Task<TaxiiResponse> ReadAsync(HttpResponseMessage message)
    {
        var bytes = await message.Content.ReadAsByteArrayAsync();
        return new TaxiiResponse(message, Encoding.UTF8.GetString(bytes));
    }

    /// <summary>A response header's single value, or null when absent.</summary>
    public string? Header(string name) =>
        Message.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    /// <summary>Asserts the status code, showing the body when it differs, and returns this response.</summary>
    public TaxiiResponse ShouldBe(int statusCode)
    {
        Assert.That(StatusCode, Is.EqualTo(statusCode), () => $"{Message.RequestMessage?.Method} {Message.RequestMessage?.RequestUri}: {Text}");
        return this;
    }

    /// <summary>
    /// Asserts a TAXII error: the status, the TAXII media type and an error resource whose title is present and
    /// whose http_status is the status code as a string.
    /// </summary>
    public TaxiiResponse ShouldBeTaxiiError(int statusCode)
    {
        ShouldBe(statusCode);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ContentType, Is.EqualTo(TaxiiRequestDefaults.TaxiiMediaType));
            Assert.That(Json, Is.Not.Null, "an error carries a TAXII error resource");
            Assert.That((string?)Json?["title"], Is.Not.Null.And.Not.Empty, "error title");
            Assert.That(Json?["http_status"]?.GetValueKind(), Is.EqualTo(System.Text.Json.JsonValueKind.String), "http_status is a string");
            Assert.That((string?)Json?["http_status"], Is.EqualTo(statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return this;
    }

    public override string ToString() => $"{StatusCode} {Text}";
}
