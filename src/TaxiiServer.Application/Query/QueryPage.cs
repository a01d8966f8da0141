using TaxiiServer.Core.Storage;

namespace TaxiiServer.Application.Query;

/// <summary>A page of records for an objects, object, manifest or versions response.</summary>
public sealed record QueryPage(IReadOnlyList<StoredObject> Items, bool More, string? Next);
