using System.Net;

namespace TaxiiServer.Api.Tests.Limits;

/// <summary>
/// The guard refuses repeated failures with 429 before any password hash is computed (issue 6), and only attempts
/// that would cost one: credentials verified before and API keys are served from an address under attack (issue 11).
/// </summary>
public sealed class FailedAuthenticationTests : MeteredLimitsFixture
{
    protected override IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Taxii:Limits:FailedAuthentication:MaxFailuresPerAccountAndAddress"] = "3",
        ["Taxii:Limits:FailedAuthentication:MaxFailuresPerAddress"] = "6",
        ["Taxii:Limits:FailedAuthentication:AccountSlowDownThreshold"] = "8",
        ["Taxii:Limits:FailedAuthentication:AccountSlowDownPermitsPerSecond"] = "0.01",
        ["Taxii:Limits:FailedAuthentication:BlockedAddressTrickleInterval"] = "00:10:00",
        ["Taxii:Limits:FailedAuthentication:MaxConcurrentPasswordHashes"] = "1",
        // The request quotas stay out of the way: these tests are about the guard.
        ["Taxii:Limits:Anonymous:PermitsPerSecond"] = "1000",
        ["Taxii:Limits:Anonymous:Burst"] = "1000",
    };

    [Test]
    public async Task Repeated_wrong_passwords_for_one_account_from_one_address_are_refused_without_hashing()
    {
        using var guesser = Factory.Client("alice", address: "192.0.2.10", password: "wrong");
        for (var i = 0; i < 3; i++)
        {
            using var failed = await guesser.GetAsync("/taxii2/");
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        // The account's one trickle turn from the blocked pair (a partner's first sign-in behind the same NAT).
        using var trickled = await guesser.GetAsync("/taxii2/");
        Assert.That(trickled.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        var hashesBefore = Probe.Sum("taxii.auth.password_hashes");
        for (var i = 0; i < 5; i++)
        {
            using var refused = await guesser.GetAsync("/taxii2/");
            await TaxiiErrorAssert.IsLimitAsync(refused, HttpStatusCode.TooManyRequests, "TAXII-429-01");
        }

        Assert.That(Probe.Sum("taxii.auth.password_hashes"), Is.EqualTo(hashesBefore), "no PBKDF2 for a refused attempt");
        Assert.That(Probe.Sum("taxii.limits.rejections", "reason=account-address"), Is.GreaterThanOrEqualTo(5));

        // A right password never verified from there is refused until the next trickle turn: the guard cannot know it.
        using var rightFromThere = Factory.Client("alice", address: "192.0.2.10");
        using var stillRefused = await rightFromThere.GetAsync("/taxii2/");
        Assert.That(stillRefused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));

        using var owner = Factory.Client("alice", address: "192.0.2.11");
        using var fromElsewhere = await owner.GetAsync("/taxii2/");
        Assert.That(fromElsewhere.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the account still signs in from another address");
    }

    [Test]
    public async Task An_address_guessing_many_account_names_is_refused_for_every_name()
    {
        for (var i = 0; i < 6; i++)
        {
            using var guesser = Factory.Client("nobody" + i, address: "192.0.2.20", password: "wrong");
            using var failed = await guesser.GetAsync("/taxii2/");
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        using var next = Factory.Client("bob", address: "192.0.2.20", password: "wrong");
        using var trickled = await next.GetAsync("/taxii2/");
        Assert.That(trickled.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "each name's one trickle turn");
        using var refused = await next.GetAsync("/taxii2/");
        await TaxiiErrorAssert.IsLimitAsync(refused, HttpStatusCode.TooManyRequests, "TAXII-429-01");
        Assert.That(Probe.Sum("taxii.limits.rejections", "reason=address"), Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task A_distributed_guess_slows_the_account_down_but_its_known_addresses_keep_working()
    {
        using var owner = Factory.Client("victim", address: "192.0.2.30");
        using var signedIn = await owner.GetAsync("/taxii2/");
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // Eight addresses, one wrong password each: under every per-address limit, but the account's threshold.
        for (var i = 0; i < 8; i++)
        {
            using var guesser = Factory.Client("victim", address: $"198.51.100.{40 + i}", password: "wrong");
            using var failed = await guesser.GetAsync("/taxii2/");
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        var hashesBefore = Probe.Sum("taxii.auth.password_hashes");
        using var newcomer = Factory.Client("victim", address: "198.51.100.60", password: "wrong");
        using var first = await newcomer.GetAsync("/taxii2/");
        using var second = await newcomer.GetAsync("/taxii2/");
        Assert.That(new[] { first.StatusCode, second.StatusCode }, Does.Contain(HttpStatusCode.TooManyRequests),
            "one attempt per interval gets through the slow-down, not two in a row");
        Assert.That(Probe.Sum("taxii.auth.password_hashes") - hashesBefore, Is.LessThanOrEqualTo(1));

        using var stillWorks = await owner.GetAsync("/taxii2/");
        Assert.That(stillWorks.StatusCode, Is.EqualTo(HttpStatusCode.OK), "an address the account signed in from is not slowed");
    }

    [Test]
    public async Task Many_connections_opened_at_once_with_the_same_credentials_cost_one_password_hash()
    {
        using var client = Factory.Client("slow", address: "192.0.2.70");
        var hashesBefore = Probe.Sum("taxii.auth.password_hashes");

        var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(async _ =>
        {
            using var response = await client.GetAsync("/taxii2/");
            return response.StatusCode;
        }));

        Assert.That(answers, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(Probe.Sum("taxii.auth.password_hashes") - hashesBefore, Is.EqualTo(1),
            "the checks queued behind the first find its verdict remembered once they get the slot");
    }

    [Test]
    public async Task A_client_whose_credentials_were_verified_is_served_from_an_address_under_a_wrong_password_flood()
    {
        const string Nat = "192.0.2.50";
        using var partner = Factory.Client("bob", address: Nat);
        using var signedIn = await partner.GetAsync("/taxii2/");
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // An attacker behind the same address guesses names until the address is cut off.
        for (var i = 0; i < 12; i++)
        {
            using var attacker = Factory.Client("guess" + i, address: Nat, password: "wrong");
            using var _ = await attacker.GetAsync("/taxii2/");
        }

        using var blocked = Factory.Client("nobody-else", address: Nat, password: "wrong");
        using var refusedOne = await blocked.GetAsync("/taxii2/");
        using var refusedTwo = await blocked.GetAsync("/taxii2/");
        Assert.That(refusedTwo.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "the address is blocked for guesses");

        var hashesBefore = Probe.Sum("taxii.auth.password_hashes");
        for (var i = 0; i < 20; i++)
        {
            using var polled = await partner.GetAsync("/taxii2/");
            Assert.That(polled.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"poll {i + 1}: verified credentials cost no hash, so the guard lets them by");
        }

        Assert.That(Probe.Sum("taxii.auth.password_hashes"), Is.EqualTo(hashesBefore), "served from the verified-credential cache");
    }

    [Test]
    public async Task An_API_key_is_served_from_a_blocked_address_and_made_up_keys_are_refused_there_without_an_audit_each()
    {
        const string Nat = "192.0.2.60";
        var key = await Factory.CreateApiKeyAsync("alice");
        for (var i = 0; i < 8; i++)
        {
            using var attacker = Factory.Client("spray" + i, address: Nat, password: "wrong");
            using var _ = await attacker.GetAsync("/taxii2/");
        }

        using var keyClient = Factory.KeyClient(key, Nat);
        using var served = await keyClient.GetAsync("/taxii2/");
        Assert.That(served.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a key costs no hash: the blocked address does not matter");

        using var madeUp = Factory.KeyClient("taxii_0badc0de_" + new string('A', 43), Nat);
        using var first = await madeUp.GetAsync("/taxii2/");
        using var second = await madeUp.GetAsync("/taxii2/");
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }
}
