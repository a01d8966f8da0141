using TaxiiServer.Core.Access;
using TaxiiServer.Core.Errors;
using TaxiiServer.Core.Storage;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Application.Status;

/// <summary>Status resources: readable by the account that POSTed and by admins only.</summary>
public sealed class StatusService(IStatusStore statuses)
{
    public async Task<Result<StatusResource>> GetAsync(Principal principal, string apiRoot, string id, CancellationToken ct)
    {
        var status = await statuses.FindAsync(apiRoot, id, ct);
        if (status is null || (!principal.IsAdmin && status.Owner != principal.Name))
        {
            return TaxiiProblem.NotFound($"No status '{id}' in API root '{apiRoot}'.");
        }

        return status;
    }
}
