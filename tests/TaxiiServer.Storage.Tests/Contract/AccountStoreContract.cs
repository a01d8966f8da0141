using TaxiiServer.Core.Access;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>The account contract: accounts and grants; creates never overwrite.</summary>
public abstract partial class AccountStoreContract : StoreContract
{
    private IAccountStore Accounts => Stores.Accounts;

    [Test]
    public async Task An_account_is_found_after_creation_and_never_overwritten()
    {
        var alice = new Account("alice", "pbkdf2$1$salt$hash", IsAdmin: true, Disabled: false);

        var created = await Accounts.TryCreateAsync(alice, default);
        var again = await Accounts.TryCreateAsync(alice with { PasswordHash = "other", IsAdmin = false }, default);

        Assert.That(created, Is.True);
        Assert.That(again, Is.False);
        Assert.That(await Accounts.FindAsync("alice", default), Is.EqualTo(alice));
        Assert.That(await Accounts.FindAsync("bob", default), Is.Null);
    }

    [Test]
    public async Task Account_names_are_case_sensitive()
    {
        await Accounts.TryCreateAsync(new Account("alice", "h", false, false), default);

        Assert.That(await Accounts.FindAsync("Alice", default), Is.Null);
        Assert.That(await Accounts.TryCreateAsync(new Account("Alice", "h2", false, true), default), Is.True);
        Assert.That((await Accounts.FindAsync("Alice", default))!.Disabled, Is.True);
    }

    [Test]
    public async Task Setting_a_password_hash_replaces_only_that_account_s_hash()
    {
        await Accounts.TryCreateAsync(new Account("alice", "old", false, true), default);
        await Accounts.TryCreateAsync(new Account("bob", "bobs", false, false), default);

        var changed = await Accounts.SetPasswordHashAsync("alice", "new", default);
        var missing = await Accounts.SetPasswordHashAsync("carol", "new", default);

        Assert.That(changed, Is.True);
        Assert.That(missing, Is.False);
        Assert.That(await Accounts.FindAsync("alice", default), Is.EqualTo(new Account("alice", "new", false, true)));
        Assert.That((await Accounts.FindAsync("bob", default))!.PasswordHash, Is.EqualTo("bobs"));
        Assert.That(await Accounts.FindAsync("carol", default), Is.Null);
    }

    [Test]
    public async Task Grants_are_per_account_and_the_first_grant_for_a_collection_wins()
    {
        await Accounts.TryCreateAsync(new Account("alice", "h", false, false), default);
        await Accounts.TryCreateAsync(new Account("bob", "h", false, false), default);
        var readOnly = new Grant("alice", "c1", Read: true, Write: false);
        var writeOnly = new Grant("alice", "c2", Read: false, Write: true);
        var bobs = new Grant("bob", "c1", Read: true, Write: true);

        Assert.That(await Accounts.TryCreateGrantAsync(readOnly, default), Is.True);
        Assert.That(await Accounts.TryCreateGrantAsync(writeOnly, default), Is.True);
        Assert.That(await Accounts.TryCreateGrantAsync(bobs, default), Is.True);
        Assert.That(await Accounts.TryCreateGrantAsync(readOnly with { Write = true }, default), Is.False);

        Assert.That(await Accounts.GetGrantsAsync("alice", default), Is.EquivalentTo(new[] { readOnly, writeOnly }));
        Assert.That(await Accounts.GetGrantsAsync("bob", default), Is.EquivalentTo(new[] { bobs }));
        Assert.That(await Accounts.GetGrantsAsync("carol", default), Is.Empty);
    }
}
