using System.Text.Json;
using Microsoft.Data.Sqlite;
using TaxiiServer.Core.Storage;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Storage.Sqlite.Stores;

/// <summary>Discovery, API roots and collections. Creates never overwrite: they insert or do nothing.</summary>
internal sealed partial class SqliteCatalogStore(SqliteDatabase database) : ICatalogStore
{
    private const string CollectionColumns = "id, api_root, title, description, alias, media_types";

    private const string ApiRootColumns =
        "name, title, description, max_content_length, validation_policy, accept_custom_objects, accept_custom_properties";

    public Task<DiscoveryInfo?> GetDiscoveryAsync(CancellationToken ct) =>
        database.ReadAsync(async (connection, token) =>
        {
            // rowid (singleton is the INTEGER PRIMARY KEY)
            await using var command = SqliteCommands.Create(connection, null,
                "SELECT title, description, contact, default_root FROM discovery WHERE singleton = 1;");
            await using var reader = await command.ExecuteReaderAsync(token);
            return await reader.ReadAsync(token)
                ? new DiscoveryInfo(reader.GetString(0), reader.GetNullableString(1), reader.GetNullableString(2),
                    reader.GetNullableString(3))
                : null;
        }, ct);

    public Task<bool> TryCreateDiscoveryAsync(DiscoveryInfo discovery, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(discovery);
        return database.WriteAsync((connection, transaction, token) => SqliteCommands.TryInsertAsync(
            connection, transaction,
            """
            INSERT INTO discovery (singleton, title, description, contact, default_root)
            VALUES (1, $title, $description, $contact, $default) ON CONFLICT DO NOTHING;
            """,
            token,
            ("$title", discovery.Title), ("$description", discovery.Description), ("$contact", discovery.Contact),
            ("$default", discovery.Default)), ct);
    }

    public Task<IReadOnlyList<ApiRootInfo>> GetApiRootsAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<ApiRootInfo>>(async (connection, token) =>
        {
            // primary key order (name, binary collation)
            await using var command = SqliteCommands.Create(connection, null,
                $"SELECT {ApiRootColumns} FROM api_roots ORDER BY name;");
            return await ReadAllAsync(command, ReadApiRoot, token);
        }, ct);

    public Task<ApiRootInfo?> FindApiRootAsync(string name, CancellationToken ct) =>
        database.ReadAsync(async (connection, token) =>
        {
            // primary key (name)
            await using var command = SqliteCommands.Create(connection, null,
                $"SELECT {ApiRootColumns} FROM api_roots WHERE name = $name;",
                ("$name", name));
            return (await ReadAllAsync(command, ReadApiRoot, token)).SingleOrDefault();
        }, ct);

    public Task<bool> TryCreateApiRootAsync(ApiRootInfo apiRoot, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(apiRoot);
        return database.WriteAsync((connection, transaction, token) => SqliteCommands.TryInsertAsync(
            connection, transaction,
            """
            INSERT INTO api_roots (name, title, description, max_content_length, validation_policy,
                accept_custom_objects, accept_custom_properties)
            VALUES ($name, $title, $description, $max, $policy, $custom_objects, $custom_properties)
            ON CONFLICT DO NOTHING;
            """,
            token, ApiRootParameters(apiRoot)), ct);
    }

    public Task<IReadOnlyList<CollectionInfo>> GetCollectionsAsync(string apiRoot, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<CollectionInfo>>(async (connection, token) =>
        {
            // ix_collections_api_root (api_root, title, id): already in the order asked for
            await using var command = SqliteCommands.Create(connection, null,
                $"SELECT {CollectionColumns} FROM collections WHERE api_root = $root ORDER BY title, id;",
                ("$root", apiRoot));
            return await ReadAllAsync(command, ReadCollection, token);
        }, ct);

    public Task<CollectionInfo?> FindCollectionAsync(string id, CancellationToken ct) =>
        database.ReadAsync(async (connection, token) =>
        {
            // sqlite_autoindex_collections_1 (primary key id)
            await using var command = SqliteCommands.Create(connection, null,
                $"SELECT {CollectionColumns} FROM collections WHERE id = $id;", ("$id", id));
            return (await ReadAllAsync(command, ReadCollection, token)).SingleOrDefault();
        }, ct);

    public Task<bool> TryCreateCollectionAsync(CollectionInfo collection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(collection);
        var mediaTypes = JsonSerializer.Serialize(collection.MediaTypes, SqliteJsonContext.Default.IReadOnlyListString);
        return database.WriteAsync((connection, transaction, token) => SqliteCommands.TryInsertAsync(
            connection, transaction,
            """
            INSERT INTO collections (id, api_root, title, description, alias, media_types)
            VALUES ($id, $root, $title, $description, $alias, $media) ON CONFLICT DO NOTHING;
            """,
            token,
            ("$id", collection.Id), ("$root", collection.ApiRoot), ("$title", collection.Title),
            ("$description", collection.Description), ("$alias", collection.Alias), ("$media", mediaTypes)), ct);
    }

    private static ApiRootInfo ReadApiRoot(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetNullableString(2), reader.GetInt64(3))
        {
            Validation = new ApiRootValidation(
                // The column's CHECK admits only the three names, so a failed parse cannot happen; unset is the safe reading.
                ApiRootValidationModes.TryParse(reader.GetNullableString(4), out var mode) ? mode : null,
                reader.GetNullableBoolean(5),
                reader.GetNullableBoolean(6)),
        };

    /// <summary>Every column of an API root as a parameter; an unset validation field is NULL.</summary>
    private static (string Name, object? Value)[] ApiRootParameters(ApiRootInfo apiRoot) =>
    [
        ("$name", apiRoot.Name), ("$title", apiRoot.Title), ("$description", apiRoot.Description),
        ("$max", apiRoot.MaxContentLength), ("$policy", apiRoot.Validation.Policy?.ToName()),
        ("$custom_objects", apiRoot.Validation.AcceptCustomObjects),
        ("$custom_properties", apiRoot.Validation.AcceptCustomProperties),
    ];

    private static CollectionInfo ReadCollection(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetNullableString(3),
            reader.GetNullableString(4),
            JsonSerializer.Deserialize(reader.GetString(5), SqliteJsonContext.Default.IReadOnlyListString) ?? []);

    private static async Task<List<T>> ReadAllAsync<T>(
        SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken ct)
    {
        var items = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            items.Add(read(reader));
        }

        return items;
    }
}
