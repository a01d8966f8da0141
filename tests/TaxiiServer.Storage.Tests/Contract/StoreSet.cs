using TaxiiServer.Core.Storage;

namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>The stores of one backend, over one fresh, initialised database.</summary>
public sealed record StoreSet(
    IObjectStore Objects,
    IStatusStore Statuses,
    ICatalogStore Catalog,
    IAccountStore Accounts,
    IApiKeyStore ApiKeys,
    IAuditStore Audit,
    Func<ValueTask> DisposeAsync);
