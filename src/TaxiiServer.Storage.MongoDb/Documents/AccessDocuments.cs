using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace TaxiiServer.Storage.MongoDb.Documents;

/// <summary>An account, keyed by its login name.</summary>
internal sealed class AccountDocument
{
    public const string PasswordHashField = "password_hash";

    [BsonId]
    public string Name { get; set; } = string.Empty;

    [BsonElement(PasswordHashField)]
    public string PasswordHash { get; set; } = string.Empty;

    [BsonElement("is_admin")]
    public bool IsAdmin { get; set; }

    [BsonElement("disabled")]
    public bool Disabled { get; set; }
}

/// <summary>A grant; (account, collection_id) is unique through an index, see <c>GrantIndexes</c>.</summary>
internal sealed class GrantDocument
{
    public const string AccountField = "account";
    public const string CollectionIdField = "collection_id";

    [BsonId]
    public ObjectId Key { get; set; }

    [BsonElement(AccountField)]
    public string Account { get; set; } = string.Empty;

    [BsonElement(CollectionIdField)]
    public string CollectionId { get; set; } = string.Empty;

    [BsonElement("read")]
    public bool Read { get; set; }

    [BsonElement("write")]
    public bool Write { get; set; }
}
