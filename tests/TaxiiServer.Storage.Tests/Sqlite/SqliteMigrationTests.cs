using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TaxiiServer.Core.Taxii;
using TaxiiServer.Storage.Sqlite;
using TaxiiServer.Storage.Sqlite.Schema;

namespace TaxiiServer.Storage.Tests.Sqlite;

/// <summary>A database written by an earlier build is brought forward on open, and keeps its data.</summary>
[TestFixture]
public sealed class SqliteMigrationTests
{
    /// <summary>Writes a file as the build of schema version <paramref name="version"/> left it, with one API root.</summary>
    private static async Task WriteDatabaseAtVersionAsync(string file, int version)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        var sql = "CREATE TABLE schema_version (version INTEGER PRIMARY KEY NOT NULL, applied_at INTEGER NOT NULL);";
        foreach (var (number, migration) in SchemaMigrations.All.Where(m => m.Version <= version))
        {
            sql += migration + $"\nINSERT INTO schema_version (version, applied_at) VALUES ({number}, 0);";
        }

        sql += "INSERT INTO api_roots (name, title, description, max_content_length) VALUES ('old', 'Old root', 'kept', 4096);";
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(SqliteTestDatabase database, string sql)
    {
        await using var connection = await database.Services.GetRequiredService<SqliteDatabase>().OpenRawAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    [Test]
    public async Task Issue_5_a_version_2_database_gets_the_validation_columns_and_its_roots_read_as_unset()
    {
        var folder = SqliteTestDatabase.NewFolder();
        await WriteDatabaseAtVersionAsync(Path.Combine(folder, "nested", "taxii.db"), 2);

        await using var database = await SqliteTestDatabase.OpenAsync(TimeProvider.System, folder);
        var catalog = database.ToStoreSet().Catalog;

        Assert.That(await ScalarAsync(database, "SELECT MAX(version) FROM schema_version;"),
            Is.EqualTo((long)SchemaMigrations.All[^1].Version));
        Assert.That(await catalog.FindApiRootAsync("old", default), Is.EqualTo(new ApiRootInfo("old", "Old root", "kept", 4096)));
        var changed = new ApiRootInfo("old", "Old root", "kept", 4096)
        {
            Validation = new ApiRootValidation(ApiRootValidationMode.Off, false, null),
        };
        Assert.That(await catalog.UpdateApiRootAsync(changed, default), Is.True);
        Assert.That(await catalog.FindApiRootAsync("old", default), Is.EqualTo(changed));
    }

    [TestCase("UPDATE api_roots SET validation_policy = 'lenient';")] // not one of the three names
    [TestCase("UPDATE api_roots SET validation_policy = 'Strict';")] // the stored text is exact, lower case
    [TestCase("UPDATE api_roots SET accept_custom_objects = 2;")] // a boolean is 0 or 1
    public async Task The_validation_columns_refuse_what_no_build_writes(string sql)
    {
        var folder = SqliteTestDatabase.NewFolder();
        await WriteDatabaseAtVersionAsync(Path.Combine(folder, "nested", "taxii.db"), 2);
        await using var database = await SqliteTestDatabase.OpenAsync(TimeProvider.System, folder);

        var error = Assert.ThrowsAsync<SqliteException>(async () => await ScalarAsync(database, sql));

        Assert.That(error!.SqliteErrorCode, Is.EqualTo(19), "SQLITE_CONSTRAINT");
    }

    [Test]
    public async Task Issue_2_a_version_3_database_drops_the_second_id_index_and_keeps_its_objects()
    {
        var folder = SqliteTestDatabase.NewFolder();
        var file = Path.Combine(folder, "nested", "taxii.db");
        await WriteDatabaseAtVersionAsync(file, 3);
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO objects (collection_id, id, type, version, version_key, spec_version, date_added, content_hash, raw)
                VALUES ('c1', 'indicator--00000000-0000-4000-8000-000000000001', 'indicator', '2021-01-01T00:00:00.000Z',
                        '20210101000000000000', '2.1', 1, 'h', x'7b7d');
                """;
            await insert.ExecuteNonQueryAsync();
        }

        await using var database = await SqliteTestDatabase.OpenAsync(TimeProvider.System, folder);

        Assert.That(await ScalarAsync(database, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'ux_objects_version';"), Is.EqualTo(0L));
        Assert.That(await ScalarAsync(database, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_objects_id_spec';"), Is.EqualTo(1L));
        Assert.That(await database.ToStoreSet().Objects.ExistsAsync("c1", "indicator--00000000-0000-4000-8000-000000000001", default), Is.True);
    }
}
