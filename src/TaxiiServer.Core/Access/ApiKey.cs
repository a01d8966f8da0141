using TaxiiServer.Core.Stix;

namespace TaxiiServer.Core.Access;

/// <summary>
/// An API key of one account. Only the SHA-256 of the secret is stored (<see cref="SecretHash"/>, lower-case hex):
/// keys are long random strings, so a fast hash is enough and lets a request find its key with one indexed read.
/// <see cref="Prefix"/> is the key's public part, shown in lists so an admin can tell keys apart.
/// </summary>
public sealed record ApiKey(
    string Id,
    string Account,
    string Prefix,
    string SecretHash,
    TaxiiTimestamp Created,
    TaxiiTimestamp? LastUsed,
    TaxiiTimestamp? Expires,
    bool Revoked)
{
    /// <summary>Whether the key may authenticate a request at <paramref name="now"/>.</summary>
    public bool IsUsableAt(TaxiiTimestamp now) => !Revoked && (Expires is not { } expires || now < expires);
}
