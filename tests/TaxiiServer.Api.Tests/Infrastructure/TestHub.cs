using static TaxiiServer.Api.Tests.Infrastructure.BootstrapBuilder;

namespace TaxiiServer.Api.Tests.Infrastructure;

/// <summary>
/// The hub every test host starts with: fixed names and collection ids, so access tables can name them, and a
/// separate database per host, so what one fixture stores is invisible to the others.
/// </summary>
public static class TestHub
{
    /// <summary>The main API root, the discovery default.</summary>
    public const string Root = "api1";

    /// <summary>An API root with max_content_length <see cref="SmallMaxContentLength"/>.</summary>
    public const string SmallRoot = "small";

    /// <summary>An API root whose only collection has no grants: it exists for admins only.</summary>
    public const string VaultRoot = "vault";

    /// <summary>An API root without any collection.</summary>
    public const string BareRoot = "bare";

    /// <summary>The API root of the <see cref="Lab"/> collections, one per test that counts what a collection holds.</summary>
    public const string LabRoot = "lab";

    public const long SmallMaxContentLength = 2048;

    /// <summary>In <see cref="Root"/>: readwrite rw, readonly r, writeonly w, nogrant nothing; STIX 2.1 only.</summary>
    public const string Shared = "6f3c1a52-4a8e-4c55-9d55-0c1e3b7f0a01";

    /// <summary>In <see cref="Root"/>: accepts STIX 2.0 and 2.1; readwrite rw, readonly r, writeonly w.</summary>
    public const string Legacy = "6f3c1a52-4a8e-4c55-9d55-0c1e3b7f0a02";

    /// <summary>In <see cref="Root"/>: no grant for anyone, so it exists for admins only.</summary>
    public const string Secret = "6f3c1a52-4a8e-4c55-9d55-0c1e3b7f0a03";

    /// <summary>In <see cref="SmallRoot"/>: readwrite rw, readonly r, writeonly w.</summary>
    public const string Small = "6f3c1a52-4a8e-4c55-9d55-0c1e3b7f0a04";

    /// <summary>In <see cref="VaultRoot"/>: no grants.</summary>
    public const string Vault = "6f3c1a52-4a8e-4c55-9d55-0c1e3b7f0a05";

    /// <summary>In <see cref="LabRoot"/>: empty collections accepting STIX 2.0 and 2.1; readwrite rw, readonly r.</summary>
    public static IReadOnlyList<string> Lab { get; } =
        Enumerable.Range(0, 16).Select(i => $"9b1d4e07-2c3a-4f6e-8a1b-{i:x12}").ToList();

    public static BootstrapBuilder Bootstrap()
    {
        var builder = new BootstrapBuilder()
            .WithDiscovery("Test hub", "In-process test server.", "tests@example.org", Root)
            .WithApiRoot(Root, "Main root", null,
                Collection(Shared, "Shared", alias: "shared"),
                Collection(Legacy, "Legacy", alias: "legacy", acceptsStix20: true),
                Collection(Secret, "Secret"))
            .WithApiRoot(SmallRoot, "Small root", SmallMaxContentLength, Collection(Small, "Small"))
            .WithApiRoot(VaultRoot, "Vault root", null, Collection(Vault, "Vault"))
            .WithApiRoot(BareRoot, "Bare root", null)
            .WithApiRoot(LabRoot, "Lab root", null,
                Lab.Select((id, i) => Collection(id, $"Lab {i}", acceptsStix20: true)).ToArray());

        foreach (var account in TestAccount.All)
        {
            builder.WithAccount(account);
        }

        foreach (var id in new[] { Shared, Legacy, Small })
        {
            builder.Grant(TestAccount.ReadWrite, id, read: true, write: true)
                .Grant(TestAccount.ReadOnly, id, read: true, write: false)
                .Grant(TestAccount.WriteOnly, id, read: false, write: true);
        }

        foreach (var id in Lab)
        {
            builder.Grant(TestAccount.ReadWrite, id, read: true, write: true)
                .Grant(TestAccount.ReadOnly, id, read: true, write: false);
        }

        return builder;
    }
}
