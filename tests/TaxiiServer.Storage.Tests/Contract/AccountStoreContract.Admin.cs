using TaxiiServer.Core.Access;

namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>The administration side of the account contract (issue 5): list, flags, delete, grant changes.</summary>
public abstract partial class AccountStoreContract
{
    [Test]
    public async Task Accounts_are_listed_by_name()
    {
        await Accounts.TryCreateAsync(new Account("carol", "h", false, false), default);
        await Accounts.TryCreateAsync(new Account("alice", "h", true, false), default);
        await Accounts.TryCreateAsync(new Account("bob", "h", false, true), default);

        var names = (await Accounts.ListAsync(default)).Select(a => a.Name);

        Assert.That(names, Is.EqualTo(new[] { "alice", "bob", "carol" }));
    }

    [Test]
    public async Task Disabling_enabling_and_admin_flags_change_only_that_flag()
    {
        await Accounts.TryCreateAsync(new Account("alice", "h", false, false), default);

        Assert.That(await Accounts.SetDisabledAsync("alice", true, default), Is.True);
        Assert.That(await Accounts.FindAsync("alice", default), Is.EqualTo(new Account("alice", "h", false, true)));
        Assert.That(await Accounts.SetAdminAsync("alice", true, default), Is.True);
        Assert.That(await Accounts.SetDisabledAsync("alice", false, default), Is.True);
        Assert.That(await Accounts.FindAsync("alice", default), Is.EqualTo(new Account("alice", "h", true, false)));
        Assert.That(await Accounts.SetDisabledAsync("nobody", true, default), Is.False);
        Assert.That(await Accounts.SetAdminAsync("nobody", true, default), Is.False);
    }

    [Test]
    public async Task Deleting_an_account_deletes_its_grants_and_nothing_else()
    {
        await Accounts.TryCreateAsync(new Account("alice", "h", false, false), default);
        await Accounts.TryCreateAsync(new Account("bob", "h", false, false), default);
        await Accounts.TryCreateGrantAsync(new Grant("alice", "c1", true, false), default);
        await Accounts.TryCreateGrantAsync(new Grant("bob", "c1", true, true), default);

        Assert.That(await Accounts.DeleteAsync("alice", default), Is.True);
        Assert.That(await Accounts.DeleteAsync("alice", default), Is.False);

        Assert.That(await Accounts.FindAsync("alice", default), Is.Null);
        Assert.That(await Accounts.GetGrantsAsync("alice", default), Is.Empty);
        Assert.That(await Accounts.GetGrantsOnCollectionAsync("c1", default), Is.EqualTo(new[] { new Grant("bob", "c1", true, true) }));
    }

    [Test]
    public async Task Setting_a_grant_creates_it_then_replaces_its_rights()
    {
        var created = await Accounts.SetGrantAsync(new Grant("alice", "c1", Read: true, Write: false), default);
        var replaced = await Accounts.SetGrantAsync(new Grant("alice", "c1", Read: false, Write: true), default);

        Assert.That(created, Is.True);
        Assert.That(replaced, Is.False);
        Assert.That(await Accounts.GetGrantsAsync("alice", default), Is.EqualTo(new[] { new Grant("alice", "c1", false, true) }));
    }

    [Test]
    public async Task Grants_on_a_collection_are_listed_by_account_and_removed_one_or_all()
    {
        await Accounts.SetGrantAsync(new Grant("carol", "c1", true, false), default);
        await Accounts.SetGrantAsync(new Grant("alice", "c1", true, true), default);
        await Accounts.SetGrantAsync(new Grant("bob", "c1", false, true), default);
        await Accounts.SetGrantAsync(new Grant("alice", "c2", true, false), default);

        Assert.That((await Accounts.GetGrantsOnCollectionAsync("c1", default)).Select(g => g.Account),
            Is.EqualTo(new[] { "alice", "bob", "carol" }));
        Assert.That(await Accounts.RemoveGrantAsync("bob", "c1", default), Is.True);
        Assert.That(await Accounts.RemoveGrantAsync("bob", "c1", default), Is.False);
        Assert.That(await Accounts.RemoveGrantsOnCollectionAsync("c1", default), Is.EqualTo(2));

        Assert.That(await Accounts.GetGrantsOnCollectionAsync("c1", default), Is.Empty);
        Assert.That(await Accounts.GetGrantsAsync("alice", default), Is.EqualTo(new[] { new Grant("alice", "c2", true, false) }));
    }
}
