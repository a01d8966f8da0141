namespace TaxiiServer.Api.Tests.Infrastructure;

/// <summary>Request paths of the TAXII endpoints, in their canonical trailing-slash form.</summary>
public static class TaxiiPaths
{
    public const string Discovery = "/taxii2/";

    public static string ApiRoot(string root) => $"/taxii2/{root}/";

    public static string Status(string root, string statusId) => $"/taxii2/{root}/status/{statusId}/";

    public static string Collections(string root) => $"/taxii2/{root}/collections/";

    public static string Collection(string root, string collection) => $"/taxii2/{root}/collections/{collection}/";

    public static string Objects(string root, string collection, string? query = null) =>
        WithQuery($"/taxii2/{root}/collections/{collection}/objects/", query);

    public static string OneObject(string root, string collection, string objectId, string? query = null) =>
        WithQuery($"/taxii2/{root}/collections/{collection}/objects/{objectId}/", query);

    public static string Versions(string root, string collection, string objectId, string? query = null) =>
        WithQuery($"/taxii2/{root}/collections/{collection}/objects/{objectId}/versions/", query);

    public static string Manifest(string root, string collection, string? query = null) =>
        WithQuery($"/taxii2/{root}/collections/{collection}/manifest/", query);

    /// <summary>The same path without its trailing slash (before any query string).</summary>
    public static string WithoutTrailingSlash(string path)
    {
        var query = path.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? path.TrimEnd('/') : path[..query].TrimEnd('/') + path[query..];
    }

    private static string WithQuery(string path, string? query) => string.IsNullOrEmpty(query) ? path : path + "?" + query;
}
