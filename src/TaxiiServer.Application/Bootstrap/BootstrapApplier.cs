using Microsoft.Extensions.Logging;
using TaxiiServer.Application.Access;
using TaxiiServer.Core.Access;
using TaxiiServer.Core.Storage;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Application.Bootstrap;

/// <summary>
/// Applies a bootstrap document idempotently: creates what is missing and leaves everything that exists as it is
/// (never deletes, never overwrites what an admin changed since). Passwords are hashed here and never logged.
/// </summary>
public sealed partial class BootstrapApplier(
    ICatalogStore catalog, IAccountStore accounts, PasswordHasher hasher, ILogger<BootstrapApplier> logger)
{
    public async Task ApplyAsync(BootstrapDocument document, CancellationToken ct)
    {
        if (document.Discovery is { } d)
        {
            var discovery = new DiscoveryInfo(d.Title ?? "TAXII Server", d.Description, d.Contact, d.Default);
            if (await catalog.TryCreateDiscoveryAsync(discovery, ct))
            {
                LogCreated("discovery", discovery.Title);
            }
        }

        foreach (var root in document.ApiRoots ?? [])
        {
            // Its validation setting too is written only with a new root: an admin's later change survives restarts.
            var info = BootstrapLoader.ToApiRoot(root);
            if (await catalog.TryCreateApiRootAsync(info, ct))
            {
                LogCreated("API root", info.Name);
            }

            foreach (var collection in root.Collections ?? [])
            {
                var existing = await catalog.FindCollectionAsync(collection.Id!, ct);
                if (existing is not null && existing.ApiRoot != info.Name)
                {
                    throw new BootstrapException(
                        $"Collection '{collection.Id}' already exists in API root '{existing.ApiRoot}', not '{info.Name}'.");
                }

                if (await catalog.TryCreateCollectionAsync(BootstrapLoader.ToCollection(info.Name, collection), ct))
                {
                    LogCreated("collection", collection.Id!);
                }
            }
        }

        foreach (var account in document.Accounts ?? [])
        {
            if (await accounts.FindAsync(account.Name!, ct) is null &&
                await accounts.TryCreateAsync(new Account(account.Name!, hasher.Hash(account.Password!), account.IsAdmin, false), ct))
            {
                LogCreated("account", account.Name!);
            }

            foreach (var grant in account.Grants ?? [])
            {
                if (grant.Collection is null || await catalog.FindCollectionAsync(grant.Collection, ct) is null)
                {
                    throw new BootstrapException($"Account '{account.Name}' has a grant on unknown collection '{grant.Collection}'.");
                }

                await accounts.TryCreateGrantAsync(new Grant(account.Name!, grant.Collection, grant.Read, grant.Write), ct);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bootstrap created {Kind} {Name}")]
    private partial void LogCreated(string kind, string name);
}
