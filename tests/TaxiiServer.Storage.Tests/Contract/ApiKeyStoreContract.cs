using TaxiiServer.Core.Access;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>The API key contract (issue 5): found by secret hash, listed per account, revoked, touched sparingly.</summary>
public abstract class ApiKeyStoreContract : StoreContract
{
    private static readonly TaxiiTimestamp T0 = new(1_770_000_000_000_000);

    private IApiKeyStore Keys => Stores.ApiKeys;

    private static ApiKey Key(string account, long createdOffset = 0, TaxiiTimestamp? expires = null) => new(
        Guid.NewGuid().ToString("N"), account, "taxii_" + Guid.NewGuid().ToString("N")[..8],
        Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()), new TaxiiTimestamp(T0.Microseconds + createdOffset),
        null, expires, false);

    [Test]
    public async Task A_key_is_found_by_its_secret_hash_and_by_id_exactly_as_stored()
    {
        var key = Key("alice", expires: new TaxiiTimestamp(T0.Microseconds + 1_000_000));

        Assert.That(await Keys.TryCreateAsync(key, default), Is.True);

        Assert.That(await Keys.FindBySecretHashAsync(key.SecretHash, default), Is.EqualTo(key));
        Assert.That(await Keys.FindAsync(key.Id, default), Is.EqualTo(key));
        Assert.That(await Keys.FindBySecretHashAsync("00" + key.SecretHash[2..], default), Is.Null);
        Assert.That(await Keys.FindAsync("missing", default), Is.Null);
    }

    [Test]
    public async Task A_second_key_with_the_same_id_or_secret_hash_is_refused()
    {
        var key = Key("alice");
        await Keys.TryCreateAsync(key, default);

        Assert.That(await Keys.TryCreateAsync(key with { SecretHash = "ff" + key.SecretHash }, default), Is.False);
        Assert.That(await Keys.TryCreateAsync(key with { Id = "other-id", Account = "bob" }, default), Is.False);
        Assert.That(await Keys.FindBySecretHashAsync(key.SecretHash, default), Is.EqualTo(key));
    }

    [Test]
    public async Task Keys_are_listed_per_account_oldest_first()
    {
        var second = Key("alice", createdOffset: 10);
        var first = Key("alice", createdOffset: 5);
        var bobs = Key("bob");
        foreach (var key in new[] { second, first, bobs })
        {
            await Keys.TryCreateAsync(key, default);
        }

        Assert.That(await Keys.ListAsync("alice", default), Is.EqualTo(new[] { first, second }));
        Assert.That(await Keys.ListAsync("carol", default), Is.Empty);
    }

    [Test]
    public async Task Revoking_marks_the_key_and_it_stays_findable()
    {
        var key = Key("alice");
        await Keys.TryCreateAsync(key, default);

        Assert.That(await Keys.RevokeAsync(key.Id, default), Is.True);
        Assert.That(await Keys.RevokeAsync("missing", default), Is.False);
        Assert.That(await Keys.FindBySecretHashAsync(key.SecretHash, default), Is.EqualTo(key with { Revoked = true }));
    }

    [Test]
    public async Task Touch_writes_last_used_only_when_it_is_older_than_the_cut_off()
    {
        var key = Key("alice");
        await Keys.TryCreateAsync(key, default);
        var minute = 60_000_000L;
        var t1 = new TaxiiTimestamp(T0.Microseconds + minute);
        var t2 = new TaxiiTimestamp(t1.Microseconds + 1_000_000);
        var t3 = new TaxiiTimestamp(t1.Microseconds + minute + 1);

        Assert.That(await Keys.TouchAsync(key.Id, t1, new TaxiiTimestamp(t1.Microseconds - minute), default), Is.True);
        Assert.That(await Keys.TouchAsync(key.Id, t2, new TaxiiTimestamp(t2.Microseconds - minute), default), Is.False);
        Assert.That((await Keys.FindAsync(key.Id, default))!.LastUsed, Is.EqualTo(t1));
        Assert.That(await Keys.TouchAsync(key.Id, t3, new TaxiiTimestamp(t3.Microseconds - minute), default), Is.True);
        Assert.That((await Keys.FindAsync(key.Id, default))!.LastUsed, Is.EqualTo(t3));
    }

    [Test]
    public async Task Deleting_an_account_s_keys_leaves_other_accounts_keys()
    {
        await Keys.TryCreateAsync(Key("alice"), default);
        await Keys.TryCreateAsync(Key("alice", 1), default);
        var bobs = Key("bob");
        await Keys.TryCreateAsync(bobs, default);

        Assert.That(await Keys.DeleteAllOfAsync("alice", default), Is.EqualTo(2));
        Assert.That(await Keys.ListAsync("alice", default), Is.Empty);
        Assert.That(await Keys.ListAsync("bob", default), Is.EqualTo(new[] { bobs }));
    }

    [Test]
    public void A_key_is_usable_until_revoked_or_expired()
    {
        var key = Key("alice", expires: new TaxiiTimestamp(T0.Microseconds + 10));

        Assert.That(key.IsUsableAt(T0), Is.True);
        Assert.That(key.IsUsableAt(new TaxiiTimestamp(T0.Microseconds + 10)), Is.False);
        Assert.That((key with { Revoked = true }).IsUsableAt(T0), Is.False);
        Assert.That((key with { Expires = null }).IsUsableAt(new TaxiiTimestamp(long.MaxValue)), Is.True);
    }
}
