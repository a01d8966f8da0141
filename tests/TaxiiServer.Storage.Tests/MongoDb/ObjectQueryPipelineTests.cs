using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb.Filters;
using static TaxiiServer.Storage.Tests.MongoDb.BsonRendering;

namespace TaxiiServer.Storage.Tests.MongoDb;

public class ObjectQueryPipelineTests
{
    private const string Lookup21 =
        "{ '$lookup': { from: 'objects', localField: 'id', foreignField: 'id', pipeline: [" +
        "{ '$match': { collection_id: 'c1', date_added: { '$lte': NumberLong(900) } } }, " +
        "{ '$group': { _id: '$spec_version', first: { '$min': '$version_key' }, last: { '$max': '$version_key' } } }, " +
        "{ '$sort': { _id: -1 } }, { '$limit': 1 }], as: '_selection' } }";

    private const string LatestSpec = "{ '$eq': ['$spec_version', { '$arrayElemAt': ['$_selection._id', 0] }] }";
    private const string IsFirst = "{ '$eq': ['$version_key', { '$arrayElemAt': ['$_selection.first', 0] }] }";
    private const string IsLast = "{ '$eq': ['$version_key', { '$arrayElemAt': ['$_selection.last', 0] }] }";

    private static ObjectQuery Query(
        VersionFilter? versions = null, string[]? specVersions = null, string[]? ids = null, string[]? types = null,
        long? addedAfter = null, long? after = null, int limit = 10) =>
        new("c1",
            addedAfter is { } a ? new TaxiiTimestamp(a) : null,
            after is { } b ? new TaxiiTimestamp(b) : null,
            ids ?? [], types ?? [], versions ?? VersionFilter.LastOnly, specVersions ?? [], limit);

    [Test]
    public void Default_query_keeps_the_latest_version_of_the_latest_spec_version_and_reads_one_extra_record()
    {
        var pipeline = ObjectQueryPipeline.Build(Query(), 900, includeContent: true);

        AssertBson(Render(pipeline), "[" +
            "{ '$match': { collection_id: 'c1', date_added: { '$lte': NumberLong(900) } } }, " +
            "{ '$sort': { date_added: 1 } }, " +
            Lookup21 + ", " +
            "{ '$match': { '$expr': { '$and': [" + LatestSpec + ", { '$or': [" + IsLast + "] }] } } }, " +
            "{ '$limit': NumberLong(11) }, " +
            "{ '$project': { _selection: 0 } }]");
    }

    [Test]
    public void Manifest_reads_leave_out_the_raw_json()
    {
        var stages = Render(ObjectQueryPipeline.Build(Query(), 900, includeContent: false));

        AssertBson(stages[^1], "{ '$project': { _selection: 0, raw: 0 } }");
    }

    [Test]
    public void The_later_of_added_after_and_the_cursor_is_the_exclusive_lower_bound()
    {
        var stages = Render(ObjectQueryPipeline.Build(Query(addedAfter: 300, after: 500), 900, true));

        AssertBson(stages[0], "{ '$match': { collection_id: 'c1', date_added: { '$gt': NumberLong(500), '$lte': NumberLong(900) } } }");
    }

    [Test]
    public void Ids_and_types_are_each_an_in_list_and_together_an_and()
    {
        var stages = Render(ObjectQueryPipeline.Build(Query(ids: ["indicator--1", "malware--2"], types: ["indicator", "malware"]), 900, true));

        AssertBson(stages[0], "{ '$match': { collection_id: 'c1', date_added: { '$lte': NumberLong(900) }, " +
            "id: { '$in': ['indicator--1', 'malware--2'] }, type: { '$in': ['indicator', 'malware'] } } }");
    }

    [Test]
    public void All_versions_of_listed_spec_versions_need_no_lookup()
    {
        var pipeline = ObjectQueryPipeline.Build(Query(VersionFilter.AllVersions, ["2.0", "2.1"]), 900, false);

        AssertBson(Render(pipeline), "[" +
            "{ '$match': { collection_id: 'c1', date_added: { '$lte': NumberLong(900) }, spec_version: { '$in': ['2.0', '2.1'] } } }, " +
            "{ '$sort': { date_added: 1 } }, " +
            "{ '$limit': NumberLong(11) }, " +
            "{ '$project': { raw: 0 } }]");
    }

    [Test]
    public void All_versions_with_default_spec_version_still_keep_only_the_latest_spec_version()
    {
        var stages = Render(ObjectQueryPipeline.Build(Query(VersionFilter.AllVersions), 900, true));

        AssertBson(stages[2], Lookup21);
        AssertBson(stages[3], "{ '$match': { '$expr': { '$and': [" + LatestSpec + "] } } }");
    }

    [Test]
    public void First_last_and_listed_versions_are_ored_among_the_listed_spec_versions()
    {
        var versions = new VersionFilter(true, true, false, ["2024-01-01T00:00:00.000000000Z"]);
        var stages = Render(ObjectQueryPipeline.Build(Query(versions, ["2.1"]), 900, true));

        AssertBson(stages[2],
            "{ '$lookup': { from: 'objects', localField: 'id', foreignField: 'id', pipeline: [" +
            "{ '$match': { collection_id: 'c1', date_added: { '$lte': NumberLong(900) }, spec_version: { '$in': ['2.1'] } } }, " +
            "{ '$group': { _id: null, first: { '$min': '$version_key' }, last: { '$max': '$version_key' } } }, " +
            "{ '$sort': { _id: -1 } }, { '$limit': 1 }], as: '_selection' } }");
        AssertBson(stages[3], "{ '$match': { '$expr': { '$and': [{ '$or': [" + IsFirst + ", " + IsLast +
            ", { '$in': ['$version_key', ['2024-01-01T00:00:00.000000000Z']] }] }] } } }");
    }

    [Test]
    public void Only_listed_versions_are_a_plain_in_filter_on_the_version_key()
    {
        var versions = new VersionFilter(false, false, false, ["2024-01-01T00:00:00.000000000Z"]);
        var stages = Render(ObjectQueryPipeline.Build(Query(versions, ["2.1"]), 900, true));

        AssertBson(stages[0], "{ '$match': { collection_id: 'c1', date_added: { '$lte': NumberLong(900) }, " +
            "spec_version: { '$in': ['2.1'] }, version_key: { '$in': ['2024-01-01T00:00:00.000000000Z'] } } }");
        Assert.That(stages.Select(s => s.AsBsonDocument.GetElement(0).Name), Is.EqualTo(new[] { "$match", "$sort", "$limit" }));
    }

    [Test]
    public void The_lookup_ignores_the_lower_bound_so_paging_does_not_change_what_first_and_last_mean()
    {
        var stages = Render(ObjectQueryPipeline.Build(Query(addedAfter: 700), 900, true));

        AssertBson(stages[2], Lookup21);
    }

    [Test]
    public void Every_stage_reads_below_the_watermark_only()
    {
        var stages = Render(ObjectQueryPipeline.Build(Query(), 1234, true));

        Assert.That(stages.ToShell(), Does.Contain("\"date_added\" : { \"$lte\" : NumberLong(1234) }"));
        Assert.That(stages.ToShell(), Does.Not.Contain("NumberLong(900)"));
    }

    [Test]
    public void The_limit_is_one_more_than_the_page()
    {
        var stages = Render(ObjectQueryPipeline.Build(Query(limit: 1), 900, true));

        Assert.That(stages.Single(s => s.AsBsonDocument.Contains("$limit"))["$limit"].ToInt64(), Is.EqualTo(2));
    }
}
