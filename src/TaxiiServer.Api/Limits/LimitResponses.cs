using System.Globalization;
using TaxiiServer.Api.Http;
using TaxiiServer.Core.Errors;

namespace TaxiiServer.Api.Limits;

/// <summary>
/// The answers of a limit: a TAXII error with Retry-After in whole seconds (at least 1, since clients that do
/// honour it would otherwise retry at once). No client backs off by itself, so the header is always sent.
/// </summary>
internal static class LimitResponses
{
    public static Task TooManyRequestsAsync(HttpContext context, TimeSpan retryAfter, string description) =>
        WriteAsync(context, TaxiiErrorCode.TooManyRequests, retryAfter, description);

    public static Task BusyAsync(HttpContext context, TimeSpan retryAfter, string description) =>
        WriteAsync(context, TaxiiErrorCode.ServerBusy, retryAfter, description);

    public static int Seconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    private static Task WriteAsync(HttpContext context, TaxiiErrorCode code, TimeSpan retryAfter, string description)
    {
        context.Response.Headers.RetryAfter = Seconds(retryAfter).ToString(CultureInfo.InvariantCulture);
        return TaxiiErrorWriter.WriteAsync(context, code, description);
    }
}
