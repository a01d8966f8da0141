using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using TaxiiServer.Core.Access;
using TaxiiServer.Core.Stix;
using TaxiiServer.Storage.MongoDb.Documents;
using static TaxiiServer.Storage.Tests.MongoDb.BsonRendering;

namespace TaxiiServer.Storage.Tests.MongoDb;

/// <summary>The BSON shapes of API keys and audit records (issue 5): explicit names, times as int64 microseconds.</summary>
public class AdminDocumentSerializationTests
{
    [Test]
    public void An_api_key_has_explicit_field_names_and_omits_unset_times()
    {
        var key = new ApiKey("k1", "alice", "taxii_12ab34cd", "ff00", new TaxiiTimestamp(10), null, null, false);

        AssertBson(AdminDocumentMapping.ToDocument(key).ToBsonDocument(),
            "{ _id: 'k1', account: 'alice', prefix: 'taxii_12ab34cd', secret_hash: 'ff00', created: NumberLong(10), revoked: false }");
    }

    [Test]
    public void An_api_key_round_trips_with_every_field()
    {
        var key = new ApiKey("k1", "alice", "taxii_12ab34cd", "ff00", new TaxiiTimestamp(10), new TaxiiTimestamp(20),
            new TaxiiTimestamp(30), true);

        var back = BsonSerializer.Deserialize<ApiKeyDocument>(AdminDocumentMapping.ToDocument(key).ToBsonDocument());

        Assert.That(AdminDocumentMapping.ToApiKey(back), Is.EqualTo(key));
    }

    [Test]
    public void An_audit_record_round_trips_and_omits_absent_fields()
    {
        var record = new AuditRecord("r1", new TaxiiTimestamp(1_700_000_000_000_001), "bob", null, "auth.failed", null, null, "failure");

        var document = AdminDocumentMapping.ToDocument(record).ToBsonDocument();

        AssertBson(document, "{ _id: 'r1', ts: NumberLong('1700000000000001'), actor: 'bob', action: 'auth.failed', outcome: 'failure' }");
        Assert.That(AdminDocumentMapping.ToAuditRecord(BsonSerializer.Deserialize<AuditDocument>(document)), Is.EqualTo(record));
    }
}
