using System.Buffers;
using Microsoft.AspNetCore.Http.Features;
using TaxiiServer.Core.Errors;

namespace TaxiiServer.Api.Http;

/// <summary>
/// Reads a POST body up to the API root's max_content_length: a declared Content-Length above it is refused before
/// any byte is read, and a chunked body is cut off as soon as it passes the limit.
/// </summary>
internal static class RequestBodyReader
{
    public static async Task<(ReadOnlyMemory<byte> Body, TaxiiProblem? Problem)> ReadAsync(HttpRequest request, long maxLength, CancellationToken ct)
    {
        if (request.ContentLength is { } declared && declared > maxLength)
        {
            return (default, TooLarge(maxLength));
        }

        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = maxLength;
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 64 * 1024, maxLength) + 1);
        try
        {
            while (true)
            {
                var memory = buffer.GetMemory(64 * 1024);
                var read = await request.Body.ReadAsync(memory, ct);
                if (read == 0)
                {
                    break;
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > maxLength)
                {
                    return (default, TooLarge(maxLength));
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (default, TooLarge(maxLength));
        }

        return (buffer.WrittenMemory, null);
    }

    private static TaxiiProblem TooLarge(long maxLength) =>
        new(TaxiiErrorCode.PayloadTooLarge,
            $"The body is larger than this API root's max_content_length of {maxLength} bytes; split the envelope.");
}
