using MongoDB.Driver;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb.Clock;
using TaxiiServer.Storage.MongoDb.Documents;
using TaxiiServer.Storage.MongoDb.Filters;

namespace TaxiiServer.Storage.MongoDb.Stores;

internal sealed partial class MongoObjectStore
{
    private static readonly InsertManyOptions Unordered = new() { IsOrdered = false };

    /// <summary>
    /// Read the stored versions of the batch's ids, lease a block of date_added values, plan in memory, insert
    /// the new versions in one unordered insertMany, settle duplicate-key races by re-reading, release the lease.
    /// An object is Added only once MongoDB acknowledged its insert with the configured write concern.
    /// </summary>
    public async Task<IReadOnlyList<AddOutcome>> AddAsync(string collectionId, IReadOnlyList<NewObject> objects, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(collectionId);
        ArgumentNullException.ThrowIfNull(objects);
        if (objects.Count == 0)
        {
            return [];
        }

        // Index: objects_by_id, one (collection_id, id) range per distinct id.
        var ids = objects.Select(o => o.Id).Distinct(StringComparer.Ordinal).ToList();
        var stored = await context.Executor.ExecuteAsync(
            token => context.Objects.Find(ObjectFilters.ForObjects(collectionId, ids))
                .Project<ObjectDocument>(ObjectFilters.WithoutRaw)
                .ToListAsync(token),
            ct);

        var slots = AddPlanner.CountPotentialInserts(objects, stored);
        if (slots == 0)
        {
            return ToOutcomes(AddPlanner.Plan(objects, stored, 0), []);
        }

        var lease = await _clock.AllocateAsync(collectionId, slots, ct);

        // Released only once MongoDB has given a definitive answer on the inserts (or none was sent). After a
        // timeout, a cancellation or a lost connection an insert may still be applied by the server, so the lease
        // is left to expire: readers keep waiting below the block until no write can land in it any more.
        var releasable = true;
        try
        {
            var plan = AddPlanner.Plan(objects, stored, lease.First);
            var inserts = plan.Where(p => p.Kind == PlannedKind.Insert).ToList();
            _clock.EnsureWritable(lease);
            releasable = false;
            var duplicates = await InsertAsync(inserts, lease, ct);
            releasable = true;
            var settled = await SettleRacesAsync(collectionId, inserts, duplicates, ct);
            return ToOutcomes(plan, settled);
        }
        finally
        {
            if (releasable)
            {
                await _clock.ReleaseAsync(lease);
            }
        }
    }

    /// <summary>Inserts the planned documents; returns the plan indexes that hit a duplicate key.</summary>
    private async Task<IReadOnlyList<int>> InsertAsync(List<PlannedObject> inserts, DateAddedLease lease, CancellationToken ct)
    {
        if (inserts.Count == 0)
        {
            return [];
        }

        var documents = inserts.Select(p => ToDocument(lease.CollectionId, p)).ToList();

        // Unordered, so one duplicate does not stop the rest. A retried attempt re-sends documents that may already
        // be in: they fail on _id or on the version index, and SettleRacesAsync recognises them as ours by their
        // date_added (values are never handed out twice).
        return await context.Executor.ExecuteAsync<IReadOnlyList<int>>(async token =>
        {
            try
            {
                await context.Objects.InsertManyAsync(documents, Unordered, token);
                return [];
            }
            catch (MongoBulkWriteException<ObjectDocument> ex)
                when (ex.WriteConcernError is null && ex.WriteErrors.All(e => e.Category == ServerErrorCategory.DuplicateKey))
            {
                return ex.WriteErrors.Select(e => inserts[e.Index].Index).ToList();
            }
        }, ct);
    }

    /// <summary>
    /// Decides the planned inserts that hit a duplicate key by reading what is stored under their (id, version):
    /// our own date_added means an earlier attempt of ours committed (Added); otherwise another node won the race.
    /// </summary>
    private async Task<Dictionary<int, Settled>> SettleRacesAsync(
        string collectionId, IReadOnlyList<PlannedObject> inserts, IReadOnlyList<int> duplicates, CancellationToken ct)
    {
        var byIndex = inserts.ToDictionary(p => p.Index);
        var settled = inserts.ToDictionary(p => p.Index, p => new Settled(AddOutcomeKind.Added, p.DateAdded, p.Source.ContentHash));
        foreach (var index in duplicates)
        {
            var planned = byIndex[index];

            // Index: objects_version_unique, exact match.
            var winner = await context.Executor.ExecuteAsync(
                token => context.Objects.Find(ObjectFilters.ForVersion(collectionId, planned.Source.Id, planned.Version.SortKey))
                    .Project<ObjectDocument>(ObjectFilters.WithoutRaw)
                    .FirstOrDefaultAsync(token),
                ct) ?? throw new InvalidOperationException(
                    $"Insert of {planned.Source.Id} hit a duplicate key but no version {planned.Version.Text} is stored in '{collectionId}'.");

            settled[index] = winner.DateAdded == planned.DateAdded
                ? new Settled(AddOutcomeKind.Added, planned.DateAdded, winner.ContentHash)
                : new Settled(ToKind(AddPlanner.Judge(planned.Source, winner.ContentHash)), winner.DateAdded, winner.ContentHash);
        }

        return settled;
    }

    private static List<AddOutcome> ToOutcomes(IReadOnlyList<PlannedObject> plan, Dictionary<int, Settled> settled)
    {
        var outcomes = new List<AddOutcome>(plan.Count);
        foreach (var p in plan)
        {
            var (kind, dateAdded) = p switch
            {
                { Kind: PlannedKind.Insert } => (settled[p.Index].Kind, settled[p.Index].DateAdded),

                // Judged against an earlier object of the batch: judge again against whatever that one became.
                { SameAs: >= 0 } when settled.TryGetValue(p.SameAs, out var first) =>
                    (ToKind(AddPlanner.Judge(p.Source, first.StoredHash)), first.DateAdded),
                _ => (ToKind(p.Kind), p.DateAdded),
            };
            outcomes.Add(new AddOutcome(p.Source.Id, p.Version.Text, kind, new TaxiiTimestamp(dateAdded)));
        }

        return outcomes;
    }

    private static AddOutcomeKind ToKind(PlannedKind kind) => kind switch
    {
        PlannedKind.Insert => AddOutcomeKind.Added,
        PlannedKind.Unchanged => AddOutcomeKind.Unchanged,
        _ => AddOutcomeKind.Conflict,
    };

    private static ObjectDocument ToDocument(string collectionId, PlannedObject p) => new()
    {
        CollectionId = collectionId,
        StixId = p.Source.Id,
        Type = p.Source.Type,
        Version = p.Version.Text,
        VersionKey = p.Version.SortKey,
        SpecVersion = p.Source.SpecVersion,
        DateAdded = p.DateAdded,
        ContentHash = p.Source.ContentHash,
        Raw = p.Source.Raw.ToArray(),
    };

    /// <summary>The final word on one planned insert: its outcome, its date_added and the hash now stored.</summary>
    private sealed record Settled(AddOutcomeKind Kind, long DateAdded, string StoredHash);
}
