namespace TaxiiServer.Core.Storage;

/// <summary>
/// The STIX objects of every collection. Implementations guarantee:
/// <list type="bullet">
/// <item>date_added is strictly increasing within a collection (at least one microsecond apart) in commit order,
/// so a reader paging by date_added never skips a record that commits later;</item>
/// <item><see cref="AddAsync"/> returns only after every <see cref="AddOutcomeKind.Added"/> record is durable
/// (each backend states what durable means);</item>
/// <item>raw JSON is returned exactly as it was given.</item>
/// </list>
/// </summary>
public interface IObjectStore
{
    /// <summary>Stores a batch of object versions into a collection, in order, and reports each outcome.</summary>
    Task<IReadOnlyList<AddOutcome>> AddAsync(string collectionId, IReadOnlyList<NewObject> objects, CancellationToken ct);

    /// <summary>Reads a page of records matching <paramref name="query"/>; with content or as manifest records.</summary>
    Task<ObjectPage> QueryAsync(ObjectQuery query, bool includeContent, CancellationToken ct);

    /// <summary>
    /// Deletes the versions of one object that the version and spec-version filters of <paramref name="query"/>
    /// select (its Ids hold the one id). Returns how many records were deleted.
    /// </summary>
    Task<int> DeleteAsync(ObjectQuery query, CancellationToken ct);

    /// <summary>Whether any version of <paramref name="id"/> is stored in the collection.</summary>
    Task<bool> ExistsAsync(string collectionId, string id, CancellationToken ct);

    /// <summary>Number of records stored in a collection (all versions).</summary>
    Task<long> CountAsync(string collectionId, CancellationToken ct);

    /// <summary>Deletes every record of a collection (when the collection itself is deleted); returns how many.</summary>
    Task<long> DeleteCollectionAsync(string collectionId, CancellationToken ct);
}
