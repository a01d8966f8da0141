using TaxiiServer.Application.Catalog;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Api.Taxii;

/// <summary>Maps application results to wire resources; the only place that knows both shapes.</summary>
internal static class TaxiiResourceMapper
{
    public static CollectionResource ToResource(CollectionView view) =>
        new(view.Collection.Id, view.Collection.Title, view.Collection.Description, view.Collection.Alias,
            view.CanRead, view.CanWrite, NullIfEmpty(view.Collection.MediaTypes));

    public static StatusResourceDto ToResource(StatusResource status) =>
        new(status.Id, status.IsComplete ? "complete" : "pending", status.RequestTimestamp.ToString(),
            status.TotalCount,
            status.Successes.Count, NullIfEmpty(status.Successes.Select(ToResource).ToList()),
            status.Failures.Count, NullIfEmpty(status.Failures.Select(ToResource).ToList()),
            status.Pendings.Count, NullIfEmpty(status.Pendings.Select(ToResource).ToList()));

    public static ManifestRecordResource ToManifestRecord(StoredObject record) =>
        new(record.Id, record.DateAdded.ToString(), record.Version, SpecVersion.MediaType(record.SpecVersion));

    public static IReadOnlyList<T>? NullIfEmpty<T>(IReadOnlyList<T> items) => items.Count == 0 ? null : items;

    private static StatusDetailResource ToResource(StatusDetail detail) => new(detail.Id, detail.Version, detail.Message);
}
