namespace TaxiiServer.Api.Tests.Infrastructure;

/// <summary>
/// One TAXII endpoint of a given collection, as a row of the authentication and access tables. Paths take the
/// object id and status id the test prepared.
/// </summary>
public sealed record TaxiiEndpoint(string Name, HttpMethod Method, Func<string, string, string, string> PathFor)
{
    /// <summary>The path in <paramref name="collection"/> of <see cref="TestHub.Root"/>.</summary>
    public string Path(string collection, string objectId, string statusId) => PathFor(collection, objectId, statusId);

    /// <summary>Every TAXII endpoint, each on the given collection (discovery, API root and status ignore it).</summary>
    public static IReadOnlyList<TaxiiEndpoint> All { get; } =
    [
        new("discovery", HttpMethod.Get, (_, _, _) => TaxiiPaths.Discovery),
        new("api root", HttpMethod.Get, (_, _, _) => TaxiiPaths.ApiRoot(TestHub.Root)),
        new("status", HttpMethod.Get, (_, _, s) => TaxiiPaths.Status(TestHub.Root, s)),
        new("collections", HttpMethod.Get, (_, _, _) => TaxiiPaths.Collections(TestHub.Root)),
        new("collection", HttpMethod.Get, (c, _, _) => TaxiiPaths.Collection(TestHub.Root, c)),
        new("get objects", HttpMethod.Get, (c, _, _) => TaxiiPaths.Objects(TestHub.Root, c)),
        new("add objects", HttpMethod.Post, (c, _, _) => TaxiiPaths.Objects(TestHub.Root, c)),
        new("get object", HttpMethod.Get, (c, o, _) => TaxiiPaths.OneObject(TestHub.Root, c, o)),
        new("delete object", HttpMethod.Delete, (c, o, _) => TaxiiPaths.OneObject(TestHub.Root, c, o)),
        new("versions", HttpMethod.Get, (c, o, _) => TaxiiPaths.Versions(TestHub.Root, c, o)),
        new("manifest", HttpMethod.Get, (c, _, _) => TaxiiPaths.Manifest(TestHub.Root, c)),
    ];

    public static TaxiiEndpoint Named(string name) => All.Single(e => e.Name == name);

    /// <summary>The request, with a valid one-indicator envelope as body for a POST.</summary>
    public HttpRequestMessage Request(string collection, string objectId, string statusId)
    {
        var request = new HttpRequestMessage(Method, Path(collection, objectId, statusId));
        if (Method == HttpMethod.Post)
        {
            request.Content = TaxiiHttpExtensions.TaxiiContent(
                System.Text.Encoding.UTF8.GetBytes(EnvelopeBuilder.Of(StixObjectBuilder.Indicator()).ToJson()));
        }

        return request;
    }

    public override string ToString() => Name;
}
