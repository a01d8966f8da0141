using Microsoft.AspNetCore.Http.Features;
using TaxiiServer.Core.Errors;

namespace TaxiiServer.Api.Http;

/// <summary>
/// Reads a POST body up to the API root's max_content_length: a declared Content-Length above it is refused before
/// any byte is read, and a chunked body is cut off as soon as it passes the limit.
/// </summary>
internal static class RequestBodyReader
{
    /// <summary>Reads the body; the caller disposes the returned body once it is done with the bytes.</summary>
    public static async Task<(PooledBody? Body, TaxiiProblem? Problem)> ReadAsync(HttpRequest request, long maxLength, CancellationToken ct)
    {
        // An admin may set any max_content_length; one body is read into one array, which cannot exceed Array.MaxLength.
        maxLength = Math.Min(maxLength, Array.MaxLength - 1L);
        if (request.ContentLength is { } declared && declared > maxLength)
        {
            return (default, TooLarge(maxLength));
        }

        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = maxLength;
        }

        // One byte more than declared, so the end of the body is seen without growing the buffer.
        var body = new PooledBody((int)(Math.Min(request.ContentLength ?? 64 * 1024, maxLength) + 1));
        try
        {
            while (true)
            {
                var read = await request.Body.ReadAsync(body.FreeSpace(1), ct);
                if (read == 0)
                {
                    break;
                }

                body.Advance(read);
                if (body.Length > maxLength)
                {
                    body.Dispose();
                    return (null, TooLarge(maxLength));
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body.Dispose();
            return (null, TooLarge(maxLength));
        }
        catch
        {
            body.Dispose();
            throw;
        }

        return (body, null);
    }

    private static TaxiiProblem TooLarge(long maxLength) =>
        new(TaxiiErrorCode.PayloadTooLarge,
            $"The body is larger than this API root's max_content_length of {maxLength} bytes; split the envelope.");
}
