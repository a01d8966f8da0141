using System.Text.Json;
using TaxiiServer.Application.Query;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Api.Http;

/// <summary>
/// Writes an envelope straight to the response: each object's stored UTF-8 JSON is copied as is, never parsed
/// or re-serialised, so objects come back exactly as they were accepted.
/// </summary>
internal sealed class EnvelopeResult(QueryPage page) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = TaxiiMediaTypes.Taxii21;
        PagingHeaders.Apply(response, page.Items);

        await using var writer = new Utf8JsonWriter(response.BodyWriter, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteBoolean("more"u8, page.More);
        if (page.Next is not null)
        {
            writer.WriteString("next"u8, page.Next);
        }

        if (page.Items.Count > 0)
        {
            writer.WriteStartArray("objects"u8);
            foreach (var item in page.Items)
            {
                writer.WriteRawValue(item.Raw.Span, skipInputValidation: true);
                if (writer.BytesPending > 32 * 1024)
                {
                    await writer.FlushAsync(httpContext.RequestAborted);
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        await writer.FlushAsync(httpContext.RequestAborted);
    }
}
