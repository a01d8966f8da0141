using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using TaxiiServer.Core.Taxii;
using TaxiiServer.Storage.MongoDb.Documents;
using TaxiiServer.Storage.MongoDb.Updates;
using static TaxiiServer.Storage.Tests.MongoDb.BsonRendering;

namespace TaxiiServer.Storage.Tests.MongoDb;

/// <summary>The validation setting of an API root in BSON (issue 5), and documents written before it existed.</summary>
public class ApiRootValidationDocumentTests
{
    private static ApiRootInfo Root(ApiRootValidation validation) =>
        new ApiRootInfo("api1", "Root", null, 10) with { Validation = validation };

    private static ApiRootInfo RoundTrip(ApiRootInfo root) =>
        DocumentMapping.ToApiRoot(BsonSerializer.Deserialize<ApiRootDocument>(DocumentMapping.ToDocument(root).ToBson()));

    [Test]
    public void A_stored_setting_is_a_sub_document_with_explicit_names_and_only_its_set_fields()
    {
        AssertBson(DocumentMapping.ToDocument(Root(new ApiRootValidation(ApiRootValidationMode.Schema, false, null))).ToBsonDocument(),
            "{ _id: 'api1', title: 'Root', max_content_length: NumberLong(10), " +
            "validation: { policy: 'schema', accept_custom_objects: false } }");
        AssertBson(DocumentMapping.ToDocument(Root(new ApiRootValidation(null, null, true))).ToBsonDocument(),
            "{ _id: 'api1', title: 'Root', max_content_length: NumberLong(10), validation: { accept_custom_properties: true } }");
    }

    [Test]
    public void An_unset_setting_leaves_no_field()
    {
        AssertBson(DocumentMapping.ToDocument(Root(ApiRootValidation.Unset)).ToBsonDocument(),
            "{ _id: 'api1', title: 'Root', max_content_length: NumberLong(10) }");
    }

    [TestCase(ApiRootValidationMode.Strict, true, true)]
    [TestCase(ApiRootValidationMode.Off, false, false)]
    [TestCase(null, null, false)]
    [TestCase(null, null, null)]
    public void Settings_round_trip(ApiRootValidationMode? policy, bool? customObjects, bool? customProperties)
    {
        var root = Root(new ApiRootValidation(policy, customObjects, customProperties));

        Assert.That(RoundTrip(root), Is.EqualTo(root));
    }

    [Test]
    public void A_document_written_before_issue_5_reads_as_unset()
    {
        var old = BsonDocument.Parse("{ _id: 'api1', title: 'Root', description: 'd', max_content_length: NumberLong(10) }");

        var root = DocumentMapping.ToApiRoot(BsonSerializer.Deserialize<ApiRootDocument>(old));

        Assert.That(root, Is.EqualTo(new ApiRootInfo("api1", "Root", "d", 10)));
        Assert.That(root.Validation, Is.EqualTo(ApiRootValidation.Unset));
    }

    [Test]
    public void A_policy_this_build_does_not_know_reads_as_unset_and_keeps_the_other_fields()
    {
        // Written by hand or by a later build: configuration decides the mode rather than a guess.
        var odd = BsonDocument.Parse(
            "{ _id: 'api1', title: 'Root', max_content_length: NumberLong(10), validation: { policy: 'lenient', accept_custom_objects: false } }");

        var root = DocumentMapping.ToApiRoot(BsonSerializer.Deserialize<ApiRootDocument>(odd));

        Assert.That(root.Validation, Is.EqualTo(new ApiRootValidation(null, false, null)));
    }

    [Test]
    public void The_update_replaces_the_setting_or_removes_it_when_unset()
    {
        AssertBson(Render(AdminUpdates.ApiRoot(Root(new ApiRootValidation(ApiRootValidationMode.Off, null, true)))),
            "{ '$set': { title: 'Root', max_content_length: NumberLong(10), " +
            "validation: { policy: 'off', accept_custom_properties: true } }, '$unset': { description: 1 } }");
        AssertBson(Render(AdminUpdates.ApiRoot(Root(ApiRootValidation.Unset))),
            "{ '$set': { title: 'Root', max_content_length: NumberLong(10) }, '$unset': { description: 1, validation: 1 } }");
    }
}
