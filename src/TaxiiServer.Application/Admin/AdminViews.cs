using TaxiiServer.Core.Access;

namespace TaxiiServer.Application.Admin;

/// <summary>An account as the administration API shows it: never its password hash.</summary>
public sealed record AccountView(string Name, bool IsAdmin, bool Disabled)
{
    public static AccountView Of(Account account) => new(account.Name, account.IsAdmin, account.Disabled);
}

/// <summary>An API key as lists show it: its public prefix, never its secret or hash.</summary>
public sealed record ApiKeyView(
    string Id, string Account, string Prefix, DateTimeOffset Created, DateTimeOffset? LastUsed, DateTimeOffset? Expires,
    bool Revoked)
{
    public static ApiKeyView Of(ApiKey key) => new(key.Id, key.Account, key.Prefix, key.Created.ToDateTimeOffset(),
        key.LastUsed?.ToDateTimeOffset(), key.Expires?.ToDateTimeOffset(), key.Revoked);
}

/// <summary>A new key with its full text, which is shown once and never stored.</summary>
public sealed record CreatedApiKey(ApiKeyView Key, string Secret);
