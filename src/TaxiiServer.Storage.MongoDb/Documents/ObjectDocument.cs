using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace TaxiiServer.Storage.MongoDb.Documents;

/// <summary>
/// One stored object version. Every element name is spelled out with <see cref="BsonElementAttribute"/> and the
/// property names avoid <c>Id</c>, so no driver convention decides the shape of a stored document.
/// </summary>
internal sealed class ObjectDocument
{
    public const string CollectionIdField = "collection_id";
    public const string StixIdField = "id";
    public const string TypeField = "type";
    public const string VersionField = "version";
    public const string VersionKeyField = "version_key";
    public const string SpecVersionField = "spec_version";
    public const string DateAddedField = "date_added";
    public const string ContentHashField = "content_hash";
    public const string RawField = "raw";

    [BsonId]
    public ObjectId Key { get; set; }

    [BsonElement(CollectionIdField)]
    public string CollectionId { get; set; } = string.Empty;

    [BsonElement(StixIdField)]
    public string StixId { get; set; } = string.Empty;

    [BsonElement(TypeField)]
    public string Type { get; set; } = string.Empty;

    /// <summary>The version text as the producer wrote it (or derived from date_added for objects without one).</summary>
    [BsonElement(VersionField)]
    public string Version { get; set; } = string.Empty;

    /// <summary><c>StixVersion.SortKey</c>: fixed width, so string order is time order in indexes and $min/$max.</summary>
    [BsonElement(VersionKeyField)]
    public string VersionKey { get; set; } = string.Empty;

    [BsonElement(SpecVersionField)]
    public string SpecVersion { get; set; } = string.Empty;

    /// <summary>Microseconds since the Unix epoch, as Int64: BSON dates hold only milliseconds.</summary>
    [BsonElement(DateAddedField)]
    public long DateAdded { get; set; }

    [BsonElement(ContentHashField)]
    public string ContentHash { get; set; } = string.Empty;

    /// <summary>The object's UTF-8 JSON exactly as received; null when a projection left it out.</summary>
    [BsonElement(RawField)]
    [BsonIgnoreIfNull]
#pragma warning disable CA1819 // The driver needs a byte[] to map BinData; the array is never shared.
    public byte[]? Raw { get; set; }
#pragma warning restore CA1819
}
