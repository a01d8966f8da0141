using MongoDB.Driver;
using TaxiiServer.Storage.MongoDb.Documents;

namespace TaxiiServer.Storage.MongoDb.Updates;

/// <summary>Updates of the accounts collection.</summary>
internal static class AccountUpdates
{
    /// <summary>Replaces only the password hash: flags set by other admins in between are kept.</summary>
    public static UpdateDefinition<AccountDocument> SetPasswordHash(string passwordHash) =>
        Builders<AccountDocument>.Update.Set(d => d.PasswordHash, passwordHash);
}
