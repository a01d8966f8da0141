using System.Diagnostics;
using TaxiiServer.Application.Diagnostics;

namespace TaxiiServer.Api.Observability;

/// <summary>
/// First in the pipeline: gives every request an id (a sane incoming <c>X-Request-Id</c>, else a new one), echoes
/// it in the response, puts it in the log scope of everything the request logs, and counts the request by route
/// template and final status once it is answered.
/// </summary>
internal sealed class RequestTelemetryMiddleware(RequestDelegate next, TaxiiMetrics metrics, ILogger<RequestTelemetryMiddleware> logger)
{
    public const string HeaderName = "X-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var id = SaneId(context.Request.Headers[HeaderName].ToString()) ?? Guid.NewGuid().ToString("N");
        context.TraceIdentifier = id;
        context.Response.Headers[HeaderName] = id;
        var start = Stopwatch.GetTimestamp();
        using var scope = logger.BeginScope("Request {RequestId}", id);
        try
        {
            await next(context);
        }
        finally
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
            metrics.RequestAnswered(route, context.Request.Method, context.Response.StatusCode,
                Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    /// <summary>
    /// An incoming id is kept only when it is short and plain (letters, digits, '-', '_', '.', ':'), so a client
    /// cannot inject log lines or huge values; anything else is replaced.
    /// </summary>
    internal static string? SaneId(string value) =>
        value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')
            ? value
            : null;
}
