using TaxiiServer.Core.Storage;

namespace TaxiiServer.Api.Http;

/// <summary>X-TAXII-Date-Added-First/-Last: clients such as Elastic and OpenCTI resume from -Last.</summary>
internal static class PagingHeaders
{
    public static void Apply(HttpResponse response, IReadOnlyList<StoredObject> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        var first = items[0].DateAdded;
        var last = items[0].DateAdded;
        foreach (var item in items)
        {
            first = item.DateAdded < first ? item.DateAdded : first;
            last = item.DateAdded > last ? item.DateAdded : last;
        }

        response.Headers["X-TAXII-Date-Added-First"] = first.ToString();
        response.Headers["X-TAXII-Date-Added-Last"] = last.ToString();
    }
}
