namespace TaxiiServer.Core.Access;

/// <summary>An authenticated caller, with its grants keyed by collection id.</summary>
public sealed record Principal(string Name, bool IsAdmin, IReadOnlyDictionary<string, Grant> Grants)
{
    /// <summary>A caller sees a collection when it is an admin or holds any grant on it.</summary>
    public bool CanSee(string collectionId) => IsAdmin || Grants.ContainsKey(collectionId);

    public bool CanRead(string collectionId) => IsAdmin || (Grants.TryGetValue(collectionId, out var g) && g.Read);

    public bool CanWrite(string collectionId) => IsAdmin || (Grants.TryGetValue(collectionId, out var g) && g.Write);
}
