using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TaxiiServer.Core.Access;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.Sqlite;
using TaxiiServer.Storage.Sqlite.Schema;
using static TaxiiServer.Storage.Tests.Contract.TestObjects;

namespace TaxiiServer.Storage.Tests.Sqlite;

/// <summary>What only the SQLite backend promises: durable settings, migrations, reopening, lock handling.</summary>
[TestFixture]
public sealed class SqliteDatabaseTests
{
    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static Task<SqliteConnection> OpenAsync(SqliteTestDatabase database) =>
        database.Services.GetRequiredService<SqliteDatabase>().OpenRawAsync(CancellationToken.None);

    [Test]
    public async Task Connections_run_in_wal_mode_with_full_sync_foreign_keys_and_a_busy_timeout()
    {
        await using var database = await SqliteTestDatabase.OpenAsync(TimeProvider.System, busyTimeoutMilliseconds: 1234);
        await using var connection = await OpenAsync(database);

        Assert.That(await ScalarAsync(connection, "PRAGMA journal_mode;"), Is.EqualTo("wal"));
        Assert.That(await ScalarAsync(connection, "PRAGMA synchronous;"), Is.EqualTo(2L), "2 = FULL");
        Assert.That(await ScalarAsync(connection, "PRAGMA foreign_keys;"), Is.EqualTo(1L));
        Assert.That(await ScalarAsync(connection, "PRAGMA busy_timeout;"), Is.EqualTo(1234L));
        Assert.That(await ScalarAsync(connection, "PRAGMA wal_autocheckpoint;"), Is.EqualTo(4000L), "checkpoints batch several envelopes");
        Assert.That(await ScalarAsync(connection, "PRAGMA journal_size_limit;"), Is.EqualTo(67108864L));
    }

    [Test]
    public async Task The_database_file_and_its_missing_folders_are_created()
    {
        await using var database = await SqliteTestDatabase.OpenAsync(TimeProvider.System);

        Assert.That(File.Exists(database.FilePath), Is.True);
    }

    [Test]
    public async Task Reopening_keeps_the_data_and_applies_each_migration_once()
    {
        var folder = SqliteTestDatabase.NewFolder();
        var collection = NewCollection();
        var obj = Versioned(NewId("indicator"), "2021-01-01T00:00:00Z");
        var first = await SqliteTestDatabase.OpenAsync(TimeProvider.System, folder);
        var added = await first.ToStoreSet().Objects.AddAsync(collection, [obj], default);
        await first.ToStoreSet().Accounts.TryCreateAsync(new Account("alice", "h", true, false), default);
        await first.CloseAsync();

        await using var reopened = await SqliteTestDatabase.OpenAsync(TimeProvider.System, folder);
        // The initializer runs again on an up-to-date file: it must change nothing.
        await reopened.Services.GetRequiredService<IStoreInitializer>().InitializeAsync(default);
        var stores = reopened.ToStoreSet();

        var stored = (await stores.Objects.QueryAsync(Query(collection), true, default)).Items.Single();
        Assert.That(stored.Raw.ToArray(), Is.EqualTo(obj.Raw.ToArray()));
        Assert.That(stored.DateAdded, Is.EqualTo(added[0].DateAdded));
        Assert.That(await stores.Accounts.FindAsync("alice", default), Is.Not.Null);
        await using var connection = await OpenAsync(reopened);
        Assert.That(await ScalarAsync(connection, "SELECT COUNT(*) FROM schema_version;"),
            Is.EqualTo((long)SchemaMigrations.All.Count));
        Assert.That(await ScalarAsync(connection, "SELECT MAX(version) FROM schema_version;"),
            Is.EqualTo((long)SchemaMigrations.All[^1].Version));
    }

    [Test]
    public async Task The_per_collection_clock_survives_a_reopen_even_when_the_wall_clock_went_back()
    {
        var folder = SqliteTestDatabase.NewFolder();
        var collection = NewCollection();
        var clock = new Contract.TestClock(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var first = await SqliteTestDatabase.OpenAsync(clock, folder);
        var before = await first.ToStoreSet().Objects.AddAsync(collection, [Versioned(NewId("indicator"), "2021-01-01T00:00:00Z")], default);
        await first.CloseAsync();
        clock.Advance(TimeSpan.FromDays(-1));

        await using var reopened = await SqliteTestDatabase.OpenAsync(clock, folder);
        var after = await reopened.ToStoreSet().Objects.AddAsync(collection, [Versioned(NewId("indicator"), "2021-01-01T00:00:00Z")], default);

        Assert.That(after[0].DateAdded, Is.EqualTo(before[0].DateAdded.Next()));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_write_lock_held_elsewhere_ends_in_store_unavailable_after_retries(CancellationToken ct)
    {
        await using var database = await SqliteTestDatabase.OpenAsync(TimeProvider.System, busyTimeoutMilliseconds: 50);
        // Another process, as far as the store can tell: its own unpooled connection holding the write lock.
        await using var other = new SqliteConnection($"Data Source={database.FilePath};Pooling=False");
        await other.OpenAsync(ct);
        await using var hold = other.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false);

        var add = database.ToStoreSet().Objects.AddAsync(NewCollection(), [Versioned(NewId("indicator"), "2021-01-01T00:00:00Z")], ct);

        var error = Assert.ThrowsAsync<StoreUnavailableException>(async () => await add);
        Assert.That(error!.InnerException, Is.InstanceOf<SqliteException>());
        Assert.That(error.RetryAfter, Is.Not.Null);
    }

    [Test]
    public async Task A_write_waits_for_a_short_lock_held_elsewhere_instead_of_failing()
    {
        await using var database = await SqliteTestDatabase.OpenAsync(TimeProvider.System);
        var collection = NewCollection();
        await using var other = new SqliteConnection($"Data Source={database.FilePath};Pooling=False");
        await other.OpenAsync();
        await using var hold = other.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false);

        // Microsoft.Data.Sqlite waits for a lock synchronously, hence Task.Run to let this test release it.
        var add = Task.Run(() => database.ToStoreSet().Objects.AddAsync(
            collection, [Versioned(NewId("indicator"), "2021-01-01T00:00:00Z")], default));
        await Task.Delay(200);
        hold.Commit();

        Assert.That((await add)[0].Kind, Is.EqualTo(AddOutcomeKind.Added));
        Assert.That(await database.ToStoreSet().Objects.CountAsync(collection, default), Is.EqualTo(1));
    }

    [Test]
    public void A_file_that_cannot_be_opened_makes_the_store_unavailable()
    {
        var folder = SqliteTestDatabase.NewFolder();
        // The configured "file" is a directory: SQLite answers SQLITE_CANTOPEN.
        Directory.CreateDirectory(Path.Combine(folder, "nested", "taxii.db"));
        try
        {
            Assert.That(async () => await SqliteTestDatabase.OpenAsync(TimeProvider.System, folder),
                Throws.InstanceOf<StoreUnavailableException>().With.InnerException.InstanceOf<SqliteException>());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
