using MongoDB.Bson.Serialization.Attributes;

namespace TaxiiServer.Storage.MongoDb.Documents;

/// <summary>An API key, keyed by its id; secret_hash is unique through an index, see <c>AdminIndexes</c>.</summary>
internal sealed class ApiKeyDocument
{
    public const string AccountField = "account";
    public const string SecretHashField = "secret_hash";
    public const string CreatedField = "created";
    public const string LastUsedField = "last_used";

    [BsonId]
    public string KeyId { get; set; } = string.Empty;

    [BsonElement(AccountField)]
    public string Account { get; set; } = string.Empty;

    [BsonElement("prefix")]
    public string Prefix { get; set; } = string.Empty;

    [BsonElement(SecretHashField)]
    public string SecretHash { get; set; } = string.Empty;

    /// <summary>Microseconds since the Unix epoch, as every time in this store.</summary>
    [BsonElement(CreatedField)]
    public long Created { get; set; }

    [BsonElement(LastUsedField)]
    [BsonIgnoreIfNull]
    public long? LastUsed { get; set; }

    [BsonElement("expires")]
    [BsonIgnoreIfNull]
    public long? Expires { get; set; }

    [BsonElement("revoked")]
    public bool Revoked { get; set; }
}

/// <summary>One audit record; (ts, _id) orders the trail.</summary>
internal sealed class AuditDocument
{
    public const string TimestampField = "ts";
    public const string ActorField = "actor";
    public const string ActionField = "action";

    [BsonId]
    public string RecordId { get; set; } = string.Empty;

    [BsonElement(TimestampField)]
    public long Timestamp { get; set; }

    [BsonElement(ActorField)]
    public string Actor { get; set; } = string.Empty;

    [BsonElement("source")]
    [BsonIgnoreIfNull]
    public string? Source { get; set; }

    [BsonElement(ActionField)]
    public string Action { get; set; } = string.Empty;

    [BsonElement("target")]
    [BsonIgnoreIfNull]
    public string? Target { get; set; }

    [BsonElement("details")]
    [BsonIgnoreIfNull]
    public string? Details { get; set; }

    [BsonElement("outcome")]
    public string Outcome { get; set; } = string.Empty;
}
