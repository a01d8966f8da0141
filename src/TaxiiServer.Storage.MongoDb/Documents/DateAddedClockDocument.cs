using MongoDB.Bson.Serialization.Attributes;

namespace TaxiiServer.Storage.MongoDb.Documents;

/// <summary>
/// The date_added clock of one TAXII collection (_id = the collection id): the last allocated value and the blocks
/// still being written. Both live in one document so allocating a block and leasing it is a single atomic update.
/// See docs/mongodb-date-added.md.
/// </summary>
internal sealed class DateAddedClockDocument
{
    public const string LastField = "last";
    public const string LeasesField = "leases";

    [BsonId]
    public string CollectionId { get; set; } = string.Empty;

    /// <summary>The highest date_added ever allocated in the collection, in microseconds.</summary>
    [BsonElement(LastField)]
    public long Last { get; set; }

    [BsonElement(LeasesField)]
#pragma warning disable CA2227 // Mapped by the driver, which sets the list it deserialised.
    public List<DateAddedLeaseDocument> Leases { get; set; } = [];
#pragma warning restore CA2227
}

/// <summary>A block of date_added values allocated to one AddAsync call that has not finished writing yet.</summary>
internal sealed class DateAddedLeaseDocument
{
    public const string TokenField = "token";
    public const string FromField = "from";
    public const string ToField = "to";
    public const string ExpiresField = "expires";

    [BsonElement(TokenField)]
    public string Token { get; set; } = string.Empty;

    [BsonElement(FromField)]
    public long From { get; set; }

    [BsonElement(ToField)]
    public long To { get; set; }

    /// <summary>Microseconds since the epoch on the allocating node's clock; after it the block counts as abandoned.</summary>
    [BsonElement(ExpiresField)]
    public long Expires { get; set; }
}
