using System.Text.Json;
using TaxiiServer.Core.Access;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Application.Admin;

/// <summary>
/// Writes and reads the audit trail. Callers pass details as name/value pairs; this class never receives a password
/// or a key secret, so none can be written.
/// </summary>
public sealed class AuditService(IAuditStore store, TimeProvider clock)
{
    public const int MaxLimit = 1000;

    public Task RecordAsync(
        AdminActor actor, string action, string? target, string outcome,
        IReadOnlyDictionary<string, string?>? details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var record = new AuditRecord(
            Guid.CreateVersion7().ToString("N"),
            TaxiiTimestamp.FromDateTimeOffset(clock.GetUtcNow()),
            actor.Name,
            actor.Source,
            action,
            target,
            details is null || details.Count == 0 ? null : JsonSerializer.Serialize(details),
            outcome);
        return store.AppendAsync(record, ct);
    }

    /// <summary>A refused login: the name tried (or the key's public prefix) and why, never the secret.</summary>
    public Task RecordAuthenticationFailureAsync(string? nameTried, string? source, string scheme, string reason, CancellationToken ct) =>
        RecordAsync(new AdminActor(string.IsNullOrEmpty(nameTried) ? "(unknown)" : nameTried, source),
            AuditActions.AuthenticationFailed, null, AuditOutcomes.Failure,
            new Dictionary<string, string?> { ["scheme"] = scheme, ["reason"] = reason }, ct);

    public async Task<AdminResult<AuditPage>> QueryAsync(
        string? actor, string? action, string? since, string? until, int? limit, string? cursor, CancellationToken ct)
    {
        TaxiiTimestamp? from = null, to = null;
        if (since is not null)
        {
            if (!TaxiiTimestamp.TryParse(since, out var parsed))
            {
                return AdminProblem.Invalid("since", "since must be an RFC 3339 UTC timestamp.");
            }

            from = parsed;
        }

        if (until is not null)
        {
            if (!TaxiiTimestamp.TryParse(until, out var parsed))
            {
                return AdminProblem.Invalid("until", "until must be an RFC 3339 UTC timestamp.");
            }

            to = parsed;
        }

        AuditCursor? after = null;
        if (cursor is not null && !AuditCursor.TryParse(cursor, out after))
        {
            return AdminProblem.Invalid("cursor", "cursor is not one this server handed out.");
        }

        if (limit is < 1)
        {
            return AdminProblem.Invalid("limit", "limit must be positive.");
        }

        var query = new AuditQuery(actor, action, from, to, Math.Min(limit ?? 100, MaxLimit), after);
        return await store.QueryAsync(query, ct);
    }
}

/// <summary>The action names written to the audit trail.</summary>
public static class AuditActions
{
    public const string AuthenticationFailed = "auth.failed";
    public const string AccountCreate = "account.create";
    public const string AccountUpdate = "account.update";
    public const string AccountPassword = "account.password";
    public const string AccountDelete = "account.delete";
    public const string KeyCreate = "apikey.create";
    public const string KeyRevoke = "apikey.revoke";
    public const string ApiRootCreate = "apiroot.create";
    public const string ApiRootUpdate = "apiroot.update";
    public const string ApiRootDelete = "apiroot.delete";
    public const string CollectionCreate = "collection.create";
    public const string CollectionUpdate = "collection.update";
    public const string CollectionDelete = "collection.delete";
    public const string GrantSet = "grant.set";
    public const string GrantRemove = "grant.remove";
}

/// <summary>Shortcuts the administration services use to record each change and each refused change.</summary>
internal static class AuditServiceExtensions
{
    public static Task SucceededAsync(
        this AuditService audit, AdminActor actor, string action, string? target,
        IReadOnlyDictionary<string, string?>? details, CancellationToken ct) =>
        audit.RecordAsync(actor, action, target, AuditOutcomes.Success, details, ct);

    /// <summary>Records the refusal and hands the problem back, so a service can <c>return await</c> it.</summary>
    public static async Task<AdminProblem> RefusedAsync(
        this AuditService audit, AdminActor actor, string action, string? target, AdminProblem problem, CancellationToken ct)
    {
        await audit.RecordAsync(actor, action, target, AuditOutcomes.Failure,
            new Dictionary<string, string?> { ["reason"] = problem.Detail }, ct);
        return problem;
    }
}
