using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.Sqlite;
using TaxiiServer.Storage.Sqlite.Stores;
using static TaxiiServer.Storage.Tests.Contract.TestObjects;

namespace TaxiiServer.Storage.Tests.Sqlite;

/// <summary>Every object query the store builds is answered from an index, never by scanning the table.</summary>
[TestFixture]
public sealed class SqliteQueryPlanTests
{
    private SqliteTestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task Open() => _database = await SqliteTestDatabase.OpenAsync(TimeProvider.System);

    [OneTimeTearDown]
    public async Task Close() => await _database.DisposeAsync();

    private static IEnumerable<TestCaseData> Queries()
    {
        var c = "c1";
        var id = "indicator--00000000-0000-4000-8000-000000000001";
        string[] both = [SpecVersion.V20, SpecVersion.V21];
        var version = Versions(texts: ["2021-01-01T00:00:00Z"]);
        yield return new TestCaseData(Query(c)).SetName("Default poll");
        yield return new TestCaseData(Query(c, addedAfter: new TaxiiTimestamp(5))).SetName("Poll after a date");
        yield return new TestCaseData(Query(c, versions: VersionFilter.AllVersions, specVersions: both)).SetName("Everything");
        yield return new TestCaseData(Query(c, types: ["indicator", "malware"])).SetName("By types");
        yield return new TestCaseData(Query(c, ids: [id])).SetName("By id");
        yield return new TestCaseData(Query(c, ids: [id], versions: Versions(first: true, last: true))).SetName("First and last of an id");
        yield return new TestCaseData(Query(c, versions: version, specVersions: both)).SetName("Explicit version, listed spec versions");
    }

    [TestCaseSource(nameof(Queries))]
    public async Task Page_queries_use_indexes_only(ObjectQuery query)
    {
        await using var connection = await OpenAsync();
        await using var command = SqliteObjectStore.BuildPageCommand(connection, query, includeContent: true);

        var plan = await ExplainAsync(command);

        AssertIndexedOnly(plan);
    }

    [TestCaseSource(nameof(Queries))]
    public async Task Delete_statements_use_indexes_only(ObjectQuery query)
    {
        await using var connection = await OpenAsync();
        await using var command = SqliteObjectStore.BuildDeleteCommand(connection, query with { Ids = ["x--1"], Types = [] });

        var plan = await ExplainAsync(command);

        AssertIndexedOnly(plan);
    }

    // The stores' fixed statements (parameters unbound: EXPLAIN does not need them); catalog and account lookups as written there.
    [TestCase(SqliteObjectStore.FindVersionSql)]
    [TestCase(SqliteObjectStore.FirstArrivalSql)]
    [TestCase(SqliteObjectStore.ExistsSql)]
    [TestCase(SqliteObjectStore.CountSql)]
    [TestCase(SqliteObjectStore.ReadClockSql)]
    [TestCase(SqliteStatusStore.PurgeSql)]
    [TestCase(SqliteStatusStore.FindSql)]
    [TestCase("SELECT id FROM collections WHERE api_root = $root ORDER BY title, id;")]
    [TestCase("SELECT id FROM collections WHERE id = $id;")]
    [TestCase("SELECT account, collection_id FROM grants WHERE account = $account ORDER BY collection_id;")]
    public async Task Fixed_statements_use_indexes_and_need_no_sort(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;

        var plan = await ExplainAsync(command);

        AssertIndexedOnly(plan);
        Assert.That(plan, Has.None.Contains("TEMP B-TREE"));
    }

    [Test]
    public async Task Listing_api_roots_walks_the_table_in_key_order_without_sorting()
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM api_roots ORDER BY name;";

        Assert.That(await ExplainAsync(command), Is.EqualTo(new[] { "SCAN api_roots" }));
    }

    private Task<SqliteConnection> OpenAsync() =>
        _database.Services.GetRequiredService<SqliteDatabase>().OpenRawAsync(CancellationToken.None);

    private static void AssertIndexedOnly(List<string> plan)
    {
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, plan));
        var touches = plan.Where(line => (line.StartsWith("SCAN", StringComparison.Ordinal) && line != "SCAN CONSTANT ROW")
            || line.StartsWith("SEARCH", StringComparison.Ordinal)).ToList();
        Assert.That(touches, Is.Not.Empty);
        // A SCAN over an index is a range walk in date_added order (bounded by LIMIT); a bare SCAN of the table or a
        // temp sort of the whole collection would make every page cost the whole collection.
        Assert.That(touches, Has.All.Match("USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY|USING PRIMARY KEY|LIST SUBQUERY"));
    }

    private static async Task<List<string>> ExplainAsync(SqliteCommand command)
    {
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }

        return lines;
    }
}
