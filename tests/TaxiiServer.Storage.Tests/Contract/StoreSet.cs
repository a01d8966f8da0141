using TaxiiServer.Core.Storage;

namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>The four stores of one backend, over one fresh, initialised database.</summary>
public sealed record StoreSet(
    IObjectStore Objects,
    IStatusStore Statuses,
    ICatalogStore Catalog,
    IAccountStore Accounts,
    Func<ValueTask> DisposeAsync);
