using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb.Documents;

namespace TaxiiServer.Storage.MongoDb.Stores;

internal enum PlannedKind
{
    Insert,
    Unchanged,
    Conflict,
}

/// <summary>
/// What AddAsync intends for one object, before MongoDB has the last word (a duplicate-key error from a race with
/// another node turns an Insert into Unchanged or Conflict).
/// </summary>
/// <param name="Index">Position of the object in the batch.</param>
/// <param name="Source">The object as given.</param>
/// <param name="Version">Its version; for objects without created/modified, derived from the id's first date_added.</param>
/// <param name="Kind">Insert, or why not.</param>
/// <param name="DateAdded">The value it takes if inserted, else the date_added of the record it matched.</param>
/// <param name="StoredHash">The content hash stored under that (id, version) once the batch is done.</param>
/// <param name="SameAs">
/// Index of an earlier object of the same batch with the same (id, version) that this one was judged against, or -1.
/// </param>
internal sealed record PlannedObject(
    int Index, NewObject Source, StixVersion Version, PlannedKind Kind, long DateAdded, string StoredHash, int SameAs);

/// <summary>
/// The in-memory half of AddAsync: given the batch and the versions of its ids already stored, decides in order
/// which objects to insert, with which version and date_added, and which are re-posts. Pure, so it is tested
/// without a server.
/// </summary>
internal static class AddPlanner
{
    /// <summary>
    /// How many date_added values the batch may need: every object not already matched by a stored version. It does
    /// not depend on the values allocated, so it can size the block before the block exists.
    /// </summary>
    public static int CountPotentialInserts(IReadOnlyList<NewObject> objects, IReadOnlyList<ObjectDocument> stored)
    {
        var known = new StoredVersions(stored);
        return objects.Count(o => known.Find(o.Id, StoredVersionOf(o, known)?.SortKey) is null);
    }

    /// <summary>Plans the batch in order; inserts take consecutive values from <paramref name="firstDateAdded"/>.</summary>
    public static IReadOnlyList<PlannedObject> Plan(
        IReadOnlyList<NewObject> objects, IReadOnlyList<ObjectDocument> stored, long firstDateAdded)
    {
        ArgumentNullException.ThrowIfNull(objects);
        var known = new StoredVersions(stored);
        var firstInBatch = new Dictionary<string, long>(StringComparer.Ordinal);
        var plannedByVersion = new Dictionary<(string Id, string Key), PlannedObject>();
        var plan = new List<PlannedObject>(objects.Count);
        var next = firstDateAdded;

        for (var i = 0; i < objects.Count; i++)
        {
            var o = objects[i];

            // No created/modified: the version is the date_added of the id's first record in the collection, which
            // is a stored one, an earlier insert of this batch, or this very object.
            var version = StoredVersionOf(o, known)
                ?? (firstInBatch.TryGetValue(o.Id, out var firstDate)
                    ? StixVersion.FromDateAdded(new TaxiiTimestamp(firstDate))
                    : StixVersion.FromDateAdded(new TaxiiTimestamp(next)));

            PlannedObject planned;
            if (known.Find(o.Id, version.SortKey) is { } existing)
            {
                planned = new PlannedObject(i, o, version, Judge(o, existing.ContentHash), existing.DateAdded, existing.ContentHash, -1);
            }
            else if (plannedByVersion.TryGetValue((o.Id, version.SortKey), out var earlier))
            {
                planned = new PlannedObject(i, o, version, Judge(o, earlier.Source.ContentHash), earlier.DateAdded, earlier.Source.ContentHash, earlier.Index);
            }
            else
            {
                planned = new PlannedObject(i, o, version, PlannedKind.Insert, next++, o.ContentHash, -1);
                plannedByVersion[(o.Id, version.SortKey)] = planned;
                firstInBatch.TryAdd(o.Id, planned.DateAdded);
            }

            plan.Add(planned);
        }

        return plan;
    }

    /// <summary>Same hash: an identical re-post. Different: a conflicting body under an existing version.</summary>
    public static PlannedKind Judge(NewObject o, string storedHash) =>
        string.Equals(o.ContentHash, storedHash, StringComparison.Ordinal) ? PlannedKind.Unchanged : PlannedKind.Conflict;

    private static StixVersion? StoredVersionOf(NewObject o, StoredVersions known) =>
        o.Version ?? (known.FirstDateAdded(o.Id) is { } first ? StixVersion.FromDateAdded(new TaxiiTimestamp(first)) : null);

    /// <summary>The stored versions of the batch's ids, by (id, version key), and each id's first date_added.</summary>
    private sealed class StoredVersions
    {
        private readonly Dictionary<(string Id, string Key), ObjectDocument> _byVersion = [];
        private readonly Dictionary<string, long> _firstDateAdded = new(StringComparer.Ordinal);

        public StoredVersions(IReadOnlyList<ObjectDocument> stored)
        {
            ArgumentNullException.ThrowIfNull(stored);
            foreach (var d in stored)
            {
                _byVersion[(d.StixId, d.VersionKey)] = d;
                if (!_firstDateAdded.TryGetValue(d.StixId, out var first) || d.DateAdded < first)
                {
                    _firstDateAdded[d.StixId] = d.DateAdded;
                }
            }
        }

        public ObjectDocument? Find(string id, string? key) =>
            key is not null && _byVersion.TryGetValue((id, key), out var d) ? d : null;

        public long? FirstDateAdded(string id) => _firstDateAdded.TryGetValue(id, out var first) ? first : null;
    }
}
