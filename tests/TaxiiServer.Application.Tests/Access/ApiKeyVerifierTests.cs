using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TaxiiServer.Application.Access;
using TaxiiServer.Core.Access;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.Sqlite;

namespace TaxiiServer.Application.Tests.Access;

/// <summary>API-key verification over the real SQLite store, with a clock the test moves.</summary>
public sealed class ApiKeyVerifierTests
{
    private ServiceProvider _services = null!;
    private string _folder = null!;
    private MovableClock _clock = null!;
    private IApiKeyStore _keys = null!;
    private IAccountStore _accounts = null!;
    private ApiKeyVerifier _verifier = null!;

    [SetUp]
    public async Task Open()
    {
        _folder = Path.Combine(Path.GetTempPath(), "taxii-keyverifier-tests", Guid.NewGuid().ToString("N"));
        _clock = new MovableClock(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Taxii:Storage:Sqlite:Path"] = Path.Combine(_folder, "taxii.db"),
        }).Build();
        _services = new ServiceCollection().AddSingleton<TimeProvider>(_clock).AddTaxiiSqliteStore(configuration).BuildServiceProvider();
        await _services.GetRequiredService<IStoreInitializer>().InitializeAsync(default);
        _keys = _services.GetRequiredService<IApiKeyStore>();
        _accounts = _services.GetRequiredService<IAccountStore>();
        _verifier = new ApiKeyVerifier(_keys, _accounts, _clock);
        await _accounts.TryCreateAsync(new Account("alice", "h", false, false), default);
    }

    [TearDown]
    public async Task Close()
    {
        await _services.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<(string Text, ApiKey Key)> IssueAsync(TimeSpan? expiresIn = null)
    {
        var (text, prefix, hash) = ApiKeyFormat.Generate();
        var now = _clock.GetUtcNow();
        var key = new ApiKey(Guid.NewGuid().ToString("N"), "alice", prefix, hash, TaxiiTimestamp.FromDateTimeOffset(now), null,
            expiresIn is { } e ? TaxiiTimestamp.FromDateTimeOffset(now + e) : null, false);
        await _keys.TryCreateAsync(key, default);
        return (text, key);
    }

    [Test]
    public async Task A_valid_key_yields_its_account()
    {
        var (text, _) = await IssueAsync();

        var verdict = await _verifier.VerifyAsync(text, default);

        Assert.That(verdict.Account?.Name, Is.EqualTo("alice"));
        Assert.That(verdict.FailureReason, Is.Null);
    }

    [Test]
    public async Task Last_use_is_written_at_most_once_a_minute()
    {
        var (text, key) = await IssueAsync();
        var first = _clock.GetUtcNow();

        await _verifier.VerifyAsync(text, default);
        _clock.Advance(TimeSpan.FromSeconds(30));
        await _verifier.VerifyAsync(text, default);
        Assert.That((await _keys.FindAsync(key.Id, default))!.LastUsed, Is.EqualTo(TaxiiTimestamp.FromDateTimeOffset(first)));

        _clock.Advance(TimeSpan.FromSeconds(31));
        await _verifier.VerifyAsync(text, default);
        Assert.That((await _keys.FindAsync(key.Id, default))!.LastUsed,
            Is.EqualTo(TaxiiTimestamp.FromDateTimeOffset(first + TimeSpan.FromSeconds(61))));
    }

    [Test]
    public async Task Revoked_expired_and_disabled_are_refused_with_their_reason()
    {
        var (revoked, revokedKey) = await IssueAsync();
        await _keys.RevokeAsync(revokedKey.Id, default);
        var (expiring, _) = await IssueAsync(TimeSpan.FromHours(1));
        var (plain, _) = await IssueAsync();

        _clock.Advance(TimeSpan.FromHours(2));
        var expired = await _verifier.VerifyAsync(expiring, default);
        var revokedVerdict = await _verifier.VerifyAsync(revoked, default);
        await _accounts.SetDisabledAsync("alice", true, default);
        var disabled = await _verifier.VerifyAsync(plain, default);

        Assert.That(expired.FailureReason, Is.EqualTo("expired API key"));
        Assert.That(revokedVerdict.FailureReason, Is.EqualTo("revoked API key"));
        Assert.That(disabled.FailureReason, Is.EqualTo("account disabled"));
        Assert.That(new[] { expired, revokedVerdict, disabled }.Select(v => v.Account), Is.All.Null);
    }

    [TestCase("taxii_00000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "unknown API key")]
    [TestCase("garbage", "malformed API key")]
    public async Task Unknown_and_malformed_keys_are_refused(string key, string reason) =>
        Assert.That((await _verifier.VerifyAsync(key, default)).FailureReason, Is.EqualTo(reason));

    private sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
