using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Storage.Sqlite.Stores;

/// <summary>
/// Renders the filters of an <see cref="ObjectQuery"/> into the WHERE clause over <c>objects AS o</c>, with
/// parameters. Pure string building, kept apart from the store so the query plans can be checked on their own.
/// </summary>
internal static class ObjectFilterSql
{
    /// <summary>
    /// Appends the id, type, spec-version and version conditions (not the collection or date_added bounds).
    /// Per-id subqueries use ix_objects_id_spec (collection_id, id, spec_version, version_key): each is one seek.
    /// </summary>
    public static void AppendSelection(
        StringBuilder sql, SqliteParameterCollection parameters, ObjectQuery query, bool withTypes)
    {
        AppendIn(sql, parameters, "o.id", "$id", query.Ids);
        if (withTypes)
        {
            AppendIn(sql, parameters, "o.type", "$type", query.Types);
        }

        var versions = query.Versions;
        if (query.SpecVersions.Count == 0 && versions is { Last: true, First: false, All: false, SortKeys.Count: 0 })
        {
            // The default poll: the latest version within the latest spec_version is the id's last entry in
            // ix_objects_id_spec (ordered by spec_version, then version_key), found with one backwards seek instead
            // of one subquery for each rule. This is the hot path of every polling client.
            sql.Append(" AND o.rowid = (SELECT s.rowid FROM objects AS s INDEXED BY ix_objects_id_spec")
                .Append(" WHERE s.collection_id = o.collection_id AND s.id = o.id")
                .Append(" ORDER BY s.spec_version DESC, s.version_key DESC LIMIT 1)");
            return;
        }

        // Spec-version filter: default = the id's latest spec_version; the version filter then works within the
        // records that survive it, so its subqueries repeat the same condition on v.
        string survivorCondition;
        if (query.SpecVersions.Count == 0)
        {
            sql.Append(" AND o.spec_version = (SELECT MAX(s.spec_version) FROM objects AS s")
                .Append(" WHERE s.collection_id = o.collection_id AND s.id = o.id)");
            survivorCondition = "v.spec_version = o.spec_version";
        }
        else
        {
            var names = AddParameters(parameters, "$spec", query.SpecVersions);
            sql.Append(" AND o.spec_version IN (").Append(names).Append(')');
            survivorCondition = "v.spec_version IN (" + names + ")";
        }

        if (versions.All)
        {
            return;
        }

        var alternatives = new List<string>(3);
        // A filter naming nothing is read as TAXII's default (last) rather than as "match nothing".
        var last = versions.Last || (!versions.First && versions.SortKeys.Count == 0);
        if (versions.First)
        {
            alternatives.Add(Extreme("MIN", survivorCondition));
        }

        if (last)
        {
            alternatives.Add(Extreme("MAX", survivorCondition));
        }

        if (versions.SortKeys.Count > 0)
        {
            alternatives.Add("o.version_key IN (" + AddParameters(parameters, "$vk", versions.SortKeys) + ")");
        }

        sql.Append(" AND (").AppendJoin(" OR ", alternatives).Append(')');
    }

    private static string Extreme(string function, string survivorCondition) =>
        $"o.version_key = (SELECT {function}(v.version_key) FROM objects AS v"
        + $" WHERE v.collection_id = o.collection_id AND v.id = o.id AND {survivorCondition})";

    private static void AppendIn(
        StringBuilder sql, SqliteParameterCollection parameters, string column, string prefix, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            sql.Append(" AND ").Append(column).Append(" IN (").Append(AddParameters(parameters, prefix, values)).Append(')');
        }
    }

    private static string AddParameters(SqliteParameterCollection parameters, string prefix, IReadOnlyList<string> values)
    {
        var names = new StringBuilder();
        // Distinct values only: duplicates would not change the result but would each cost a parameter.
        var index = 0;
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            var name = prefix + index.ToString(CultureInfo.InvariantCulture);
            parameters.AddWithValue(name, value);
            names.Append(index == 0 ? "" : ", ").Append(name);
            index++;
        }

        return names.ToString();
    }
}
