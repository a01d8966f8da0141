namespace TaxiiServer.Core.Errors;

/// <summary>
/// A catalogue entry for a TAXII error: a stable id clients and logs can match on, the HTTP status and a title.
/// </summary>
public sealed record TaxiiErrorCode(string Id, int HttpStatus, string Title)
{
    public static readonly TaxiiErrorCode BadRequest = new("TAXII-400-01", 400, "Bad request");
    public static readonly TaxiiErrorCode InvalidFilter = new("TAXII-400-02", 400, "Invalid filter");
    public static readonly TaxiiErrorCode InvalidCursor = new("TAXII-400-03", 400, "Invalid next cursor");
    public static readonly TaxiiErrorCode InvalidJson = new("TAXII-400-04", 400, "Request body is not valid JSON");
    public static readonly TaxiiErrorCode InvalidEnvelope = new("TAXII-400-05", 400, "Not a TAXII envelope");
    public static readonly TaxiiErrorCode Unauthorized = new("TAXII-401-01", 401, "Authentication required");
    public static readonly TaxiiErrorCode Forbidden = new("TAXII-403-01", 403, "Forbidden");
    public static readonly TaxiiErrorCode NotFound = new("TAXII-404-01", 404, "Not found");
    public static readonly TaxiiErrorCode MethodNotAllowed = new("TAXII-405-01", 405, "Method not allowed");
    public static readonly TaxiiErrorCode NotAcceptable = new("TAXII-406-01", 406, "Not acceptable");
    public static readonly TaxiiErrorCode PayloadTooLarge = new("TAXII-413-01", 413, "Request entity too large");
    public static readonly TaxiiErrorCode UriTooLong = new("TAXII-414-01", 414, "URI too long");
    public static readonly TaxiiErrorCode HeadersTooLarge = new("TAXII-431-01", 431, "Request header fields too large");
    public static readonly TaxiiErrorCode UnsupportedMediaType = new("TAXII-415-01", 415, "Unsupported media type");
    public static readonly TaxiiErrorCode TooManyRequests = new("TAXII-429-01", 429, "Too many requests");
    public static readonly TaxiiErrorCode InternalError = new("TAXII-500-01", 500, "Internal server error");
    public static readonly TaxiiErrorCode StoreUnavailable = new("TAXII-503-01", 503, "Service unavailable");
    public static readonly TaxiiErrorCode ServerBusy = new("TAXII-503-02", 503, "Server busy");
}
