using TaxiiServer.Application.Admin;
using TaxiiServer.Core.Access;

namespace TaxiiServer.Api.Admin;

/// <summary>One audit record as JSON: the timestamp in TAXII's six-digit UTC form.</summary>
internal sealed record AuditRecordView(
    string Id, string Timestamp, string Actor, string? Source, string Action, string? Target, string? Details, string Outcome)
{
    public static AuditRecordView Of(AuditRecord r) =>
        new(r.Id, r.Timestamp.ToString(), r.Actor, r.Source, r.Action, r.Target, r.Details, r.Outcome);
}

/// <summary>A page of the audit trail; <c>next</c> goes back as <c>cursor</c> for the following page.</summary>
internal sealed record AuditPageView(IReadOnlyList<AuditRecordView> Records, string? Next);

/// <summary>The audit trail, newest first, filtered by actor, action and time window.</summary>
internal static class AuditEndpoints
{
    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder admin)
    {
        admin.MapGet("/audit", Query).WithTags("Audit").WithName("AdminQueryAudit")
            .WithSummary("Reads the audit trail: actor, action, since (inclusive), until (exclusive), limit, cursor.");
        return admin;
    }

    private static async Task<IResult> Query(
        string? actor, string? action, string? since, string? until, int? limit, string? cursor,
        AuditService service, CancellationToken ct)
    {
        var page = await service.QueryAsync(actor, action, since, until, limit, cursor, ct);
        return page.IsSuccess
            ? TypedResults.Ok(new AuditPageView(page.Value.Records.Select(AuditRecordView.Of).ToList(), page.Value.Next?.ToString()))
            : AdminProblemTypes.ToResult(page.Problem);
    }
}
