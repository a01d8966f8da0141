using System.Globalization;
using Microsoft.Extensions.Options;
using TaxiiServer.Application.Options;

namespace TaxiiServer.Api.Limits;

/// <summary>
/// Which requests are expensive work: POSTs of objects (parse, validate, durable write) and GETs of large pages.
/// They run in a small pool of their own, so discovery, status and normal polls never wait behind them.
/// </summary>
internal sealed class ExpensiveWork(IOptions<LimitsOptions> options, IOptions<PagingOptions> paging)
{
    private static readonly HashSet<string> LargePageEndpoints = new(StringComparer.Ordinal) { "GetObjects", "GetManifest" };

    private readonly int _threshold = options.Value.Expensive.LargePageThreshold;
    private readonly int _defaultLimit = paging.Value.DefaultLimit;

    /// <summary>Whether the matched endpoint is expensive work, from its name and the requested page size.</summary>
    public bool IsExpensive(HttpContext context)
    {
        var name = context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        if (name is null)
        {
            return false;
        }

        if (name == "AddObjects")
        {
            return true;
        }

        if (!LargePageEndpoints.Contains(name))
        {
            return false;
        }

        var limit = context.Request.Query["limit"];
        var requested = limit.Count == 0
            ? _defaultLimit
            : int.TryParse(limit[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
        return requested >= _threshold;
    }
}
