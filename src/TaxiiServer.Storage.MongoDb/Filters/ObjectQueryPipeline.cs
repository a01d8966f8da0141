using MongoDB.Bson;
using MongoDB.Driver;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb.Documents;

namespace TaxiiServer.Storage.MongoDb.Filters;

/// <summary>
/// The aggregation that answers QueryAsync. Records are walked in date_added order (objects_paging, or
/// objects_by_type), and each candidate that needs to know about its id's other versions (the default
/// "latest spec_version" rule, match[version]=first/last) looks them up through objects_by_id. That index holds
/// (collection_id, id, spec_version, version_key, date_added), so the lookup is answered from the index alone.
/// The lookup sees every visible version of the id (date_added up to the watermark) whatever the page's lower
/// bound: added_after and the cursor never change which version is first or last.
/// </summary>
internal static class ObjectQueryPipeline
{
    /// <summary>Name of the temporary field holding the lookup result; projected away before documents are read.</summary>
    public const string SelectionField = "_selection";

    public static PipelineDefinition<ObjectDocument, ObjectDocument> Build(
        ObjectQuery query, long watermark, bool includeContent)
    {
        ArgumentNullException.ThrowIfNull(query);
        var stages = new List<IPipelineStageDefinition>
        {
            PipelineStageDefinitionBuilder.Match(ObjectQueryFilters.Candidates(query, watermark)),
            PipelineStageDefinitionBuilder.Sort(ObjectFilters.DateAddedAscending),
        };

        var needsLatestSpec = query.SpecVersions.Count == 0;
        var needsFirstOrLast = !query.Versions.All && (query.Versions.First || query.Versions.Last);
        var needsLookup = needsLatestSpec || needsFirstOrLast;
        if (needsLookup)
        {
            stages.Add(Stage(Lookup(query, watermark, needsLatestSpec)));
            stages.Add(Stage(new BsonDocument("$match", new BsonDocument("$expr", SelectionCondition(query, needsLatestSpec, needsFirstOrLast)))));
        }

        // One more than the page so the store knows whether there is more.
        stages.Add(PipelineStageDefinitionBuilder.Limit<ObjectDocument>(checked(query.Limit + 1)));

        var exclude = new BsonDocument();
        if (needsLookup)
        {
            exclude.Add(SelectionField, 0);
        }

        if (!includeContent)
        {
            exclude.Add(ObjectDocument.RawField, 0);
        }

        if (exclude.ElementCount > 0)
        {
            stages.Add(Stage(new BsonDocument("$project", exclude)));
        }

        return PipelineDefinition<ObjectDocument, ObjectDocument>.Create(stages);
    }

    /// <summary>
    /// Per candidate: the versions of its id that survive the spec-version filter, reduced to one document
    /// { _id: spec_version or null, first: min version_key, last: max version_key }. With no spec-version list
    /// the versions are grouped per spec_version and only the highest is kept: "2.1" &gt; "2.0" as strings.
    /// </summary>
    private static BsonDocument Lookup(ObjectQuery query, long watermark, bool needsLatestSpec)
    {
        var match = new BsonDocument
        {
            { ObjectDocument.CollectionIdField, query.CollectionId },
            { ObjectDocument.DateAddedField, new BsonDocument("$lte", watermark) },
        };
        if (!needsLatestSpec)
        {
            match.Add(ObjectDocument.SpecVersionField, new BsonDocument("$in", new BsonArray(query.SpecVersions)));
        }

        var group = new BsonDocument
        {
            { "_id", needsLatestSpec ? "$" + ObjectDocument.SpecVersionField : BsonNull.Value },
            { "first", new BsonDocument("$min", "$" + ObjectDocument.VersionKeyField) },
            { "last", new BsonDocument("$max", "$" + ObjectDocument.VersionKeyField) },
        };

        var pipeline = new BsonArray
        {
            new BsonDocument("$match", match),
            new BsonDocument("$group", group),
            new BsonDocument("$sort", new BsonDocument("_id", -1)),
            new BsonDocument("$limit", 1),
        };

        return new BsonDocument("$lookup", new BsonDocument
        {
            { "from", CollectionNames.Objects },
            { "localField", ObjectDocument.StixIdField },
            { "foreignField", ObjectDocument.StixIdField },
            { "pipeline", pipeline },
            { "as", SelectionField },
        });
    }

    private static BsonDocument SelectionCondition(ObjectQuery query, bool needsLatestSpec, bool needsFirstOrLast)
    {
        var all = new BsonArray();
        if (needsLatestSpec)
        {
            all.Add(Eq(ObjectDocument.SpecVersionField, "_id"));
        }

        if (needsFirstOrLast)
        {
            var any = new BsonArray();
            if (query.Versions.First)
            {
                any.Add(Eq(ObjectDocument.VersionKeyField, "first"));
            }

            if (query.Versions.Last)
            {
                any.Add(Eq(ObjectDocument.VersionKeyField, "last"));
            }

            if (query.Versions.SortKeys.Count > 0)
            {
                any.Add(new BsonDocument("$in", new BsonArray
                {
                    "$" + ObjectDocument.VersionKeyField,
                    new BsonArray(query.Versions.SortKeys),
                }));
            }

            all.Add(new BsonDocument("$or", any));
        }

        return new BsonDocument("$and", all);
    }

    /// <summary>{ $eq: ["$field", { $arrayElemAt: ["$_selection.selected", 0] }] }: the candidate against its id's selection.</summary>
    private static BsonDocument Eq(string field, string selected) =>
        new("$eq", new BsonArray
        {
            "$" + field,
            new BsonDocument("$arrayElemAt", new BsonArray { "$" + SelectionField + "." + selected, 0 }),
        });

    private static BsonDocumentPipelineStageDefinition<ObjectDocument, ObjectDocument> Stage(BsonDocument stage) =>
        new(stage);
}
