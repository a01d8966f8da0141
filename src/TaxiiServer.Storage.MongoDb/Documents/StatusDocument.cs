using MongoDB.Bson.Serialization.Attributes;

namespace TaxiiServer.Storage.MongoDb.Documents;

/// <summary>
/// A status resource. Its _id is the (api root, status id) pair, so "create or replace" is one upsert on the primary
/// key and needs no secondary unique index.
/// </summary>
internal sealed class StatusDocument
{
    public const string OwnerField = "owner";
    public const string RequestTimestampField = "request_timestamp";
    public const string SuccessesField = "successes";
    public const string FailuresField = "failures";
    public const string PendingsField = "pendings";
    public const string CompletedAtField = "completed_at";

    [BsonId]
    public StatusKeyDocument Key { get; set; } = new();

    [BsonElement(OwnerField)]
    public string Owner { get; set; } = string.Empty;

    /// <summary>Microseconds since the Unix epoch.</summary>
    [BsonElement(RequestTimestampField)]
    public long RequestTimestamp { get; set; }

#pragma warning disable CA2227 // Mapped by the driver, which sets the lists it deserialised.
    [BsonElement(SuccessesField)]
    public List<StatusDetailDocument> Successes { get; set; } = [];

    [BsonElement(FailuresField)]
    public List<StatusDetailDocument> Failures { get; set; } = [];

    [BsonElement(PendingsField)]
    public List<StatusDetailDocument> Pendings { get; set; } = [];
#pragma warning restore CA2227

    /// <summary>Microseconds since the Unix epoch; absent while pending, so the purge index skips pending statuses.</summary>
    [BsonElement(CompletedAtField)]
    [BsonIgnoreIfNull]
    public long? CompletedAt { get; set; }
}

/// <summary>The primary key of a status: element order is fixed by this class, so equality matches are stable.</summary>
internal sealed class StatusKeyDocument
{
    public const string ApiRootField = "api_root";
    public const string StatusIdField = "id";

    [BsonElement(ApiRootField)]
    public string ApiRoot { get; set; } = string.Empty;

    [BsonElement(StatusIdField)]
    public string StatusId { get; set; } = string.Empty;
}

/// <summary>One entry of a status list.</summary>
internal sealed class StatusDetailDocument
{
    [BsonElement("id")]
    public string StixId { get; set; } = string.Empty;

    [BsonElement("version")]
    [BsonIgnoreIfNull]
    public string? Version { get; set; }

    [BsonElement("message")]
    [BsonIgnoreIfNull]
    public string? Message { get; set; }
}
