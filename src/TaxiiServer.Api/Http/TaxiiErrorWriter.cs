using System.Globalization;
using System.Text.Json;
using TaxiiServer.Api.Taxii;
using TaxiiServer.Core.Errors;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Api.Http;

/// <summary>The one place a TAXII error resource is written, whatever produced the error.</summary>
internal static class TaxiiErrorWriter
{
    public static Task WriteAsync(HttpContext context, TaxiiErrorCode code, string? description)
    {
        var response = context.Response;
        response.StatusCode = code.HttpStatus;
        response.ContentType = TaxiiMediaTypes.Taxii21;
        var error = new ErrorResource(code.Title, description, code.Id, code.Id,
            code.HttpStatus.ToString(CultureInfo.InvariantCulture));
        return JsonSerializer.SerializeAsync(response.Body, error, TaxiiJsonContext.Wire.ErrorResource, context.RequestAborted);
    }

    /// <summary>A catalogue entry for a bare status code (routing 404, 405, ...).</summary>
    public static TaxiiErrorCode CodeFor(int status) => status switch
    {
        400 => TaxiiErrorCode.BadRequest,
        401 => TaxiiErrorCode.Unauthorized,
        403 => TaxiiErrorCode.Forbidden,
        404 => TaxiiErrorCode.NotFound,
        405 => TaxiiErrorCode.MethodNotAllowed,
        406 => TaxiiErrorCode.NotAcceptable,
        413 => TaxiiErrorCode.PayloadTooLarge,
        414 => TaxiiErrorCode.UriTooLong,
        415 => TaxiiErrorCode.UnsupportedMediaType,
        431 => TaxiiErrorCode.HeadersTooLarge,
        429 => TaxiiErrorCode.TooManyRequests,
        503 => TaxiiErrorCode.StoreUnavailable,
        >= 500 => new TaxiiErrorCode("TAXII-" + status.ToString(CultureInfo.InvariantCulture) + "-00", status, "Server error"),
        _ => new TaxiiErrorCode("TAXII-" + status.ToString(CultureInfo.InvariantCulture) + "-00", status, "Request failed"),
    };
}
