using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using TaxiiServer.Api.Admin;
using TaxiiServer.Api.Http;

namespace TaxiiServer.Api.Limits;

/// <summary>
/// The request-line and header limits of <c>Taxii:Limits:Connections</c>, checked by the application so that a
/// request over them gets a TAXII error resource (problem details under /admin) instead of Kestrel's empty 414 or
/// 431. Kestrel itself keeps limits twice as large (<see cref="HardLimit"/>): what passes those is refused there,
/// with an empty body, before any application code runs.
/// </summary>
internal sealed class RequestSizeLimits(RequestDelegate next, IOptions<LimitsOptions> options)
{
    private readonly ConnectionLimitsOptions _limits = options.Value.Connections;

    /// <summary>Kestrel's own limit for a configured one: twice it.</summary>
    public static int HardLimit(int configured) => (int)Math.Min(int.MaxValue, 2L * configured);

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var targetLength = string.IsNullOrEmpty(raw) ? (request.Path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0) : raw.Length;
        // "METHOD SP target SP HTTP/1.1", as Kestrel counts it.
        if (request.Method.Length + targetLength + request.Protocol.Length + 2 > _limits.MaxRequestLineSize)
        {
            return RefuseAsync(context, 414,
                $"The request line is longer than {_limits.MaxRequestLineSize} bytes; use fewer or shorter query parameters.");
        }

        var count = 0;
        long size = 0;
        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
            {
                count++;
                size += name.Length + (value?.Length ?? 0) + 4; // "name: value\r\n"
            }
        }

        if (count > _limits.MaxRequestHeaderCount)
        {
            return RefuseAsync(context, 431, $"The request has {count} header fields; at most {_limits.MaxRequestHeaderCount} are accepted.");
        }

        if (size > _limits.MaxRequestHeadersTotalSize)
        {
            return RefuseAsync(context, 431, $"The request headers are larger than {_limits.MaxRequestHeadersTotalSize} bytes.");
        }

        return next(context);
    }

    private static Task RefuseAsync(HttpContext context, int status, string description) =>
        AdminProblemTypes.IsAdminRequest(context)
            ? AdminProblemTypes.ForStatus(status, description).ExecuteAsync(context)
            : TaxiiErrorWriter.WriteAsync(context, TaxiiErrorWriter.CodeFor(status), description);
}
