using Microsoft.AspNetCore.Diagnostics;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Api.Admin;

/// <summary>
/// Keeps the administration API on problem details: under <c>/admin</c> the TAXII status-code pages are switched off,
/// bodiless errors (routing 404, 405, binding 400) get a problem document, and exceptions become a logged 500 (or a
/// 503 when the store is unavailable) instead of a TAXII error resource.
/// </summary>
internal sealed partial class AdminErrorMiddleware(RequestDelegate next, ILogger<AdminErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            await AdminProblemTypes.ForStatus(ex.StatusCode, "The request could not be read.").ExecuteAsync(context);
            return;
        }
        catch (IOException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // the client went away
        }
        catch (IOException) when (!context.Response.HasStarted)
        {
            await AdminProblemTypes.ForStatus(400, "The request body could not be read: its framing is broken.").ExecuteAsync(context);
            return;
        }
        catch (StoreUnavailableException ex) when (!context.Response.HasStarted)
        {
            LogUnavailable(ex);
            await AdminProblemTypes.ForStatus(503, "The store is temporarily unavailable; nothing was changed. Retry later.")
                .ExecuteAsync(context);
            return;
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            LogUnhandled(ex, context.Request.Method, context.Request.Path);
            await AdminProblemTypes.ForStatus(500, "The server failed to process this request. It has been logged.")
                .ExecuteAsync(context);
            return;
        }

        var response = context.Response;
        if (response.StatusCode >= 400 && !response.HasStarted && response.ContentType is null && response.ContentLength is null)
        {
            await AdminProblemTypes.ForStatus(response.StatusCode, response.StatusCode switch
            {
                404 => $"Nothing is served at {context.Request.Path}.",
                405 => $"{context.Request.Method} is not allowed on {context.Request.Path}.",
                400 => "The request could not be read: check the JSON body and the parameters.",
                _ => $"The request to {context.Request.Path} failed.",
            }).ExecuteAsync(context);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store unavailable during an admin request")]
    private partial void LogUnavailable(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for admin request {Method} {Path}")]
    private partial void LogUnhandled(Exception exception, string method, string path);
}
