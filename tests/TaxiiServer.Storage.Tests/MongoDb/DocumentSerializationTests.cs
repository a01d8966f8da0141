using System.Text;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using TaxiiServer.Core.Access;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Taxii;
using TaxiiServer.Storage.MongoDb.Documents;
using static TaxiiServer.Storage.Tests.MongoDb.BsonRendering;

namespace TaxiiServer.Storage.Tests.MongoDb;

public class DocumentSerializationTests
{
    private static readonly byte[] Raw = Encoding.UTF8.GetBytes("{\"type\":\"indicator\",\"name\":\"caf\u00e9\"}");

    private static ObjectDocument Object() => new()
    {
        Key = ObjectId.Parse("65a000000000000000000001"),
        CollectionId = "c1",
        StixId = "indicator--1",
        Type = "indicator",
        Version = "2024-01-01T00:00:00.5Z",
        VersionKey = "2024-01-01T00:00:00.500000000Z",
        SpecVersion = "2.1",
        DateAdded = 1_700_000_000_123_456,
        ContentHash = "h1",
        Raw = Raw,
    };

    [Test]
    public void An_object_has_explicit_field_names_and_date_added_as_int64_microseconds()
    {
        AssertBson(Object().ToBsonDocument(),
            "{ _id: ObjectId('65a000000000000000000001'), collection_id: 'c1', id: 'indicator--1', type: 'indicator', " +
            "version: '2024-01-01T00:00:00.5Z', version_key: '2024-01-01T00:00:00.500000000Z', spec_version: '2.1', " +
            "date_added: NumberLong('1700000000123456'), content_hash: 'h1', raw: BinData(0, '" + Convert.ToBase64String(Raw) + "') }");
    }

    [Test]
    public void Raw_json_round_trips_byte_for_byte()
    {
        var back = BsonSerializer.Deserialize<ObjectDocument>(Object().ToBson());

        Assert.That(back.Raw, Is.EqualTo(Raw));
        Assert.That(back.DateAdded, Is.EqualTo(1_700_000_000_123_456));
        Assert.That(DocumentMapping.ToStoredObject(back).Raw.ToArray(), Is.EqualTo(Raw));
    }

    [Test]
    public void An_object_read_without_raw_has_empty_content()
    {
        var bson = Object().ToBsonDocument();
        bson.Remove("raw");

        var stored = DocumentMapping.ToStoredObject(BsonSerializer.Deserialize<ObjectDocument>(bson));

        Assert.That(stored.Raw.IsEmpty, Is.True);
        Assert.That(stored.DateAdded, Is.EqualTo(new TaxiiTimestamp(1_700_000_000_123_456)));
    }

    [Test]
    public void A_clock_holds_its_last_value_and_leases_as_int64()
    {
        var clock = new DateAddedClockDocument
        {
            CollectionId = "c1",
            Last = 10,
            Leases = [new DateAddedLeaseDocument { Token = "t", From = 8, To = 10, Expires = 99 }],
        };

        AssertBson(clock.ToBsonDocument(),
            "{ _id: 'c1', last: NumberLong(10), leases: [{ token: 't', from: NumberLong(8), to: NumberLong(10), expires: NumberLong(99) }] }");
    }

    [Test]
    public void A_pending_status_has_no_completed_at_and_empty_details_omit_optional_fields()
    {
        var status = new StatusResource("s-1", "api1", "alice", new TaxiiTimestamp(5),
            [new StatusDetail("indicator--1", "v1", null)], [], [new StatusDetail("malware--2", null, "later")], null);

        AssertBson(DocumentMapping.ToDocument(status).ToBsonDocument(),
            "{ _id: { api_root: 'api1', id: 's-1' }, owner: 'alice', request_timestamp: NumberLong(5), " +
            "successes: [{ id: 'indicator--1', version: 'v1' }], failures: [], pendings: [{ id: 'malware--2', message: 'later' }] }");
    }

    [Test]
    public void A_status_round_trips_through_bson()
    {
        var status = new StatusResource("s-1", "api1", "alice", new TaxiiTimestamp(5),
            [new StatusDetail("indicator--1", "v1", null)], [new StatusDetail("x--1", "v2", "bad")], [], new TaxiiTimestamp(7));

        var back = DocumentMapping.ToStatus(BsonSerializer.Deserialize<StatusDocument>(DocumentMapping.ToDocument(status).ToBson()));

        Assert.That(back with { Successes = status.Successes, Failures = status.Failures, Pendings = status.Pendings }, Is.EqualTo(status));
        Assert.That(back.Successes, Is.EqualTo(status.Successes));
        Assert.That(back.Failures, Is.EqualTo(status.Failures));
        Assert.That(back.Pendings, Is.Empty);
        Assert.That(back.CompletedAt, Is.EqualTo(new TaxiiTimestamp(7)));
    }

    [Test]
    public void Catalog_documents_use_their_natural_keys()
    {
        AssertBson(DocumentMapping.ToDocument(new DiscoveryInfo("Hub", null, "soc@example.org", "api1")).ToBsonDocument(),
            "{ _id: 'discovery', title: 'Hub', contact: 'soc@example.org', default: 'api1' }");
        AssertBson(DocumentMapping.ToDocument(new ApiRootInfo("api1", "Root", "d", 1024)).ToBsonDocument(),
            "{ _id: 'api1', title: 'Root', description: 'd', max_content_length: NumberLong(1024) }");
        AssertBson(DocumentMapping.ToDocument(new CollectionInfo("c1", "api1", "T", null, "a", [TaxiiMediaTypes.Stix21])).ToBsonDocument(),
            "{ _id: 'c1', api_root: 'api1', title: 'T', alias: 'a', media_types: ['application/stix+json;version=2.1'] }");
    }

    [Test]
    public void Catalog_documents_round_trip()
    {
        var collection = new CollectionInfo("c1", "api1", "T", "d", null, [TaxiiMediaTypes.Stix21]);
        var back = DocumentMapping.ToCollection(BsonSerializer.Deserialize<CollectionDocument>(DocumentMapping.ToDocument(collection).ToBson()));

        Assert.That(back with { MediaTypes = collection.MediaTypes }, Is.EqualTo(collection));
        Assert.That(back.MediaTypes, Is.EqualTo(collection.MediaTypes));
        var root = new ApiRootInfo("api1", "Root", null, 10);
        Assert.That(DocumentMapping.ToApiRoot(BsonSerializer.Deserialize<ApiRootDocument>(DocumentMapping.ToDocument(root).ToBson())), Is.EqualTo(root));
    }

    [Test]
    public void Accounts_and_grants_have_explicit_field_names_and_round_trip()
    {
        var account = new Account("alice", "pbkdf2$1", IsAdmin: true, Disabled: false);
        var grant = new Grant("alice", "c1", Read: true, Write: false);

        AssertBson(DocumentMapping.ToDocument(account).ToBsonDocument(),
            "{ _id: 'alice', password_hash: 'pbkdf2$1', is_admin: true, disabled: false }");
        var grantBson = DocumentMapping.ToDocument(grant).ToBsonDocument();
        grantBson.Remove("_id");
        AssertBson(grantBson, "{ account: 'alice', collection_id: 'c1', read: true, write: false }");
        Assert.That(DocumentMapping.ToAccount(BsonSerializer.Deserialize<AccountDocument>(DocumentMapping.ToDocument(account).ToBson())), Is.EqualTo(account));
        Assert.That(DocumentMapping.ToGrant(BsonSerializer.Deserialize<GrantDocument>(DocumentMapping.ToDocument(grant).ToBson())), Is.EqualTo(grant));
    }
}
