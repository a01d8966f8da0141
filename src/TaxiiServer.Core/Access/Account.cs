namespace TaxiiServer.Core.Access;

/// <summary>
/// A login. <see cref="PasswordHash"/> is a self-describing PBKDF2 string (algorithm, iterations, salt, hash);
/// the plain password is never stored.
/// </summary>
public sealed record Account(string Name, string PasswordHash, bool IsAdmin, bool Disabled);
