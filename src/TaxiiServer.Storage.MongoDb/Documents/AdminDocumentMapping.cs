using TaxiiServer.Core.Access;
using TaxiiServer.Core.Stix;

namespace TaxiiServer.Storage.MongoDb.Documents;

/// <summary>Conversions between API keys and audit records and their BSON documents.</summary>
internal static class AdminDocumentMapping
{
    public static ApiKeyDocument ToDocument(ApiKey k) => new()
    {
        KeyId = k.Id,
        Account = k.Account,
        Prefix = k.Prefix,
        SecretHash = k.SecretHash,
        Created = k.Created.Microseconds,
        LastUsed = k.LastUsed?.Microseconds,
        Expires = k.Expires?.Microseconds,
        Revoked = k.Revoked,
    };

    public static ApiKey ToApiKey(ApiKeyDocument d) => new(
        d.KeyId, d.Account, d.Prefix, d.SecretHash, new TaxiiTimestamp(d.Created),
        d.LastUsed is { } used ? new TaxiiTimestamp(used) : null,
        d.Expires is { } expires ? new TaxiiTimestamp(expires) : null,
        d.Revoked);

    public static AuditDocument ToDocument(AuditRecord r) => new()
    {
        RecordId = r.Id,
        Timestamp = r.Timestamp.Microseconds,
        Actor = r.Actor,
        Source = r.Source,
        Action = r.Action,
        Target = r.Target,
        Details = r.Details,
        Outcome = r.Outcome,
    };

    public static AuditRecord ToAuditRecord(AuditDocument d) =>
        new(d.RecordId, new TaxiiTimestamp(d.Timestamp), d.Actor, d.Source, d.Action, d.Target, d.Details, d.Outcome);
}
