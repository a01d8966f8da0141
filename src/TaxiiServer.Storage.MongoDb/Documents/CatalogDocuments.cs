using MongoDB.Bson.Serialization.Attributes;

namespace TaxiiServer.Storage.MongoDb.Documents;

/// <summary>The server's discovery settings: a single document whose fixed _id makes "create once" an insert.</summary>
internal sealed class DiscoveryDocument
{
    public const string SingletonKey = "discovery";

    [BsonId]
    public string Key { get; set; } = SingletonKey;

    [BsonElement("title")]
    public string Title { get; set; } = string.Empty;

    [BsonElement("description")]
    [BsonIgnoreIfNull]
    public string? Description { get; set; }

    [BsonElement("contact")]
    [BsonIgnoreIfNull]
    public string? Contact { get; set; }

    [BsonElement("default")]
    [BsonIgnoreIfNull]
    public string? Default { get; set; }
}

/// <summary>An API root, keyed by its name (its URL segment).</summary>
internal sealed class ApiRootDocument
{
    [BsonId]
    public string Name { get; set; } = string.Empty;

    [BsonElement("title")]
    public string Title { get; set; } = string.Empty;

    [BsonElement("description")]
    [BsonIgnoreIfNull]
    public string? Description { get; set; }

    [BsonElement("max_content_length")]
    public long MaxContentLength { get; set; }

    /// <summary>
    /// The stored validation setting; absent when none of its fields is set, which is also how every document written
    /// before issue 5 reads.
    /// </summary>
    [BsonElement("validation")]
    [BsonIgnoreIfNull]
    public ApiRootValidationDocument? Validation { get; set; }
}

/// <summary>
/// The validation setting of an API root. Each field is absent when unset; the mode is its lower-case name
/// ("strict", "schema", "off"), so the documents read the same in a shell as in the admin API.
/// </summary>
internal sealed class ApiRootValidationDocument
{
    [BsonElement("policy")]
    [BsonIgnoreIfNull]
    public string? Policy { get; set; }

    [BsonElement("accept_custom_objects")]
    [BsonIgnoreIfNull]
    public bool? AcceptCustomObjects { get; set; }

    [BsonElement("accept_custom_properties")]
    [BsonIgnoreIfNull]
    public bool? AcceptCustomProperties { get; set; }
}

/// <summary>A collection, keyed by its server-wide unique id.</summary>
internal sealed class CollectionDocument
{
    public const string ApiRootField = "api_root";
    public const string TitleField = "title";

    [BsonId]
    public string CollectionId { get; set; } = string.Empty;

    [BsonElement(ApiRootField)]
    public string ApiRoot { get; set; } = string.Empty;

    [BsonElement(TitleField)]
    public string Title { get; set; } = string.Empty;

    [BsonElement("description")]
    [BsonIgnoreIfNull]
    public string? Description { get; set; }

    [BsonElement("alias")]
    [BsonIgnoreIfNull]
    public string? Alias { get; set; }

    [BsonElement("media_types")]
#pragma warning disable CA2227 // Mapped by the driver, which sets the list it deserialised.
    public List<string> MediaTypes { get; set; } = [];
#pragma warning restore CA2227
}
