using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using TaxiiServer.Core.Errors;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Api.Http;

/// <summary>
/// Turns exceptions into TAXII errors without leaking internals: an unreachable store is a 503 with Retry-After,
/// a body over Kestrel's limit a 413, a body whose framing is broken a 400, a client that went away nothing at all,
/// anything else a logged 500.
/// </summary>
internal sealed partial class TaxiiExceptionHandler(ILogger<TaxiiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.Response.HasStarted)
        {
            return false;
        }

        switch (exception)
        {
            case StoreUnavailableException unavailable:
                var retryAfter = unavailable.RetryAfter ?? TimeSpan.FromSeconds(5);
                httpContext.Response.Headers.RetryAfter =
                    Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                LogStoreUnavailable(exception);
                await TaxiiErrorWriter.WriteAsync(httpContext, TaxiiErrorCode.StoreUnavailable,
                    "The object store is temporarily unavailable; nothing from this request was stored. Retry later.");
                return true;
            case BadHttpRequestException bad:
                var code = TaxiiErrorWriter.CodeFor(bad.StatusCode);
                await TaxiiErrorWriter.WriteAsync(httpContext, code, "The request could not be read.");
                return true;
            case OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested:
                return true;
            case IOException when httpContext.RequestAborted.IsCancellationRequested:
                LogClientGone(httpContext.Request.Method, httpContext.Request.Path);
                return true;
            case IOException broken:
                // Kestrel reports some framing faults (a chunk size that overflows) as a bare IOException rather than
                // a BadHttpRequestException. Nothing of the body was used: the request is the client's fault.
                LogUnreadableBody(broken.Message, httpContext.Request.Method, httpContext.Request.Path);
                await TaxiiErrorWriter.WriteAsync(httpContext, TaxiiErrorCode.BadRequest,
                    "The request body could not be read: its framing is broken (for example a chunk size that is not hex or overflows).");
                return true;
            default:
                LogUnhandled(exception, httpContext.Request.Method, httpContext.Request.Path);
                await TaxiiErrorWriter.WriteAsync(httpContext, TaxiiErrorCode.InternalError,
                    "The server failed to process this request. It has been logged.");
                return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Client went away during {Method} {Path}")]
    private partial void LogClientGone(string method, PathString path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unreadable request body for {Method} {Path}: {Reason}")]
    private partial void LogUnreadableBody(string reason, string method, PathString path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store unavailable")]
    private partial void LogStoreUnavailable(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private partial void LogUnhandled(Exception exception, string method, string path);
}
