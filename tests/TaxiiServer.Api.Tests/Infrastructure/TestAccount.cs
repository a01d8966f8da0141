namespace TaxiiServer.Api.Tests.Infrastructure;

/// <summary>An account of the test hub (see <see cref="TestHub"/>); <see cref="Anonymous"/> sends no credentials.</summary>
public sealed record TestAccount(string Name, string Password, bool IsAdmin = false)
{
    public static TestAccount Admin { get; } = new("admin", "admin-secret", IsAdmin: true);

    /// <summary>Reads and writes the shared, legacy, small and lab collections.</summary>
    public static TestAccount ReadWrite { get; } = new("readwrite", "readwrite-secret");

    /// <summary>Reads the shared, legacy, small and lab collections.</summary>
    public static TestAccount ReadOnly { get; } = new("readonly", "readonly-secret");

    /// <summary>Writes (but cannot read) the shared, legacy and small collections.</summary>
    public static TestAccount WriteOnly { get; } = new("writeonly", "writeonly-secret");

    /// <summary>An account with no grant at all: no API root exists for it.</summary>
    public static TestAccount NoGrant { get; } = new("nogrant", "nogrant-secret");

    /// <summary>No Authorization header.</summary>
    public static TestAccount Anonymous { get; } = new("", "");

    public static IReadOnlyList<TestAccount> All { get; } = [Admin, ReadWrite, ReadOnly, WriteOnly, NoGrant];

    public bool HasCredentials => Name.Length > 0;

    public override string ToString() => HasCredentials ? Name : "anonymous";
}
