using System.Text.Json;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Storage.Sqlite.Stores;

/// <summary>The administration side of the catalog store: updates and deletions.</summary>
internal sealed partial class SqliteCatalogStore
{
    public Task<bool> UpdateApiRootAsync(ApiRootInfo apiRoot, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(apiRoot);
        return ExecuteOneAsync(
            """
            UPDATE api_roots SET title = $title, description = $description, max_content_length = $max,
                validation_policy = $policy, accept_custom_objects = $custom_objects,
                accept_custom_properties = $custom_properties
            WHERE name = $name;
            """,
            ct, ApiRootParameters(apiRoot));
    }

    public Task<bool> DeleteApiRootAsync(string name, CancellationToken ct) =>
        ExecuteOneAsync("DELETE FROM api_roots WHERE name = $name;", ct, ("$name", name));

    public Task<bool> UpdateCollectionAsync(CollectionInfo collection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(collection);
        var mediaTypes = JsonSerializer.Serialize(collection.MediaTypes, SqliteJsonContext.Default.IReadOnlyListString);
        return ExecuteOneAsync(
            """
            UPDATE collections SET title = $title, description = $description, alias = $alias, media_types = $media
            WHERE id = $id;
            """,
            ct, ("$id", collection.Id), ("$title", collection.Title), ("$description", collection.Description),
            ("$alias", collection.Alias), ("$media", mediaTypes));
    }

    public Task<bool> DeleteCollectionAsync(string id, CancellationToken ct) =>
        ExecuteOneAsync("DELETE FROM collections WHERE id = $id;", ct, ("$id", id));

    private Task<bool> ExecuteOneAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        database.WriteAsync(async (connection, transaction, token) =>
        {
            await using var command = SqliteCommands.Create(connection, transaction, sql, parameters);
            return await command.ExecuteNonQueryAsync(token) == 1;
        }, ct);
}
