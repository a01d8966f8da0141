using TaxiiServer.Core.Access;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Storage.MongoDb.Documents;

/// <summary>Conversions between Core records and their BSON documents, kept apart from the stores so they are tested alone.</summary>
internal static class DocumentMapping
{
    public static StoredObject ToStoredObject(ObjectDocument d) =>
        new(d.StixId, d.Type, d.Version, d.SpecVersion, new TaxiiTimestamp(d.DateAdded), d.Raw ?? ReadOnlyMemory<byte>.Empty);

    public static StatusDocument ToDocument(StatusResource s) => new()
    {
        Key = StatusKey(s.ApiRoot, s.Id),
        Owner = s.Owner,
        RequestTimestamp = s.RequestTimestamp.Microseconds,
        Successes = s.Successes.Select(ToDocument).ToList(),
        Failures = s.Failures.Select(ToDocument).ToList(),
        Pendings = s.Pendings.Select(ToDocument).ToList(),
        CompletedAt = s.CompletedAt?.Microseconds,
    };

    public static StatusKeyDocument StatusKey(string apiRoot, string id) => new() { ApiRoot = apiRoot, StatusId = id };

    public static StatusResource ToStatus(StatusDocument d) => new(
        d.Key.StatusId,
        d.Key.ApiRoot,
        d.Owner,
        new TaxiiTimestamp(d.RequestTimestamp),
        d.Successes.Select(ToDetail).ToList(),
        d.Failures.Select(ToDetail).ToList(),
        d.Pendings.Select(ToDetail).ToList(),
        d.CompletedAt is { } completed ? new TaxiiTimestamp(completed) : null);

    public static DiscoveryDocument ToDocument(DiscoveryInfo d) =>
        new() { Title = d.Title, Description = d.Description, Contact = d.Contact, Default = d.Default };

    public static DiscoveryInfo ToDiscovery(DiscoveryDocument d) => new(d.Title, d.Description, d.Contact, d.Default);

    public static ApiRootDocument ToDocument(ApiRootInfo a) => new()
    {
        Name = a.Name,
        Title = a.Title,
        Description = a.Description,
        MaxContentLength = a.MaxContentLength,
        Validation = ToDocument(a.Validation),
    };

    public static ApiRootInfo ToApiRoot(ApiRootDocument d) =>
        new(d.Name, d.Title, d.Description, d.MaxContentLength) { Validation = ToValidation(d.Validation) };

    /// <summary>Null when nothing is set, so an unset setting leaves no empty sub-document behind.</summary>
    public static ApiRootValidationDocument? ToDocument(ApiRootValidation v) => v == ApiRootValidation.Unset
        ? null
        : new() { Policy = v.Policy?.ToName(), AcceptCustomObjects = v.AcceptCustomObjects, AcceptCustomProperties = v.AcceptCustomProperties };

    // A policy text this build does not know (written by hand, or by a later build with another mode) reads as unset:
    // configuration then decides, which is strict unless an operator chose otherwise.
    private static ApiRootValidation ToValidation(ApiRootValidationDocument? d) => d is null
        ? ApiRootValidation.Unset
        : new(ApiRootValidationModes.TryParse(d.Policy, out var mode) ? mode : null, d.AcceptCustomObjects, d.AcceptCustomProperties);

    public static CollectionDocument ToDocument(CollectionInfo c) => new()
    {
        CollectionId = c.Id,
        ApiRoot = c.ApiRoot,
        Title = c.Title,
        Description = c.Description,
        Alias = c.Alias,
        MediaTypes = [.. c.MediaTypes],
    };

    public static CollectionInfo ToCollection(CollectionDocument d) =>
        new(d.CollectionId, d.ApiRoot, d.Title, d.Description, d.Alias, d.MediaTypes);

    public static AccountDocument ToDocument(Account a) =>
        new() { Name = a.Name, PasswordHash = a.PasswordHash, IsAdmin = a.IsAdmin, Disabled = a.Disabled };

    public static Account ToAccount(AccountDocument d) => new(d.Name, d.PasswordHash, d.IsAdmin, d.Disabled);

    public static GrantDocument ToDocument(Grant g) =>
        new() { Account = g.Account, CollectionId = g.CollectionId, Read = g.Read, Write = g.Write };

    public static Grant ToGrant(GrantDocument d) => new(d.Account, d.CollectionId, d.Read, d.Write);

    private static StatusDetailDocument ToDocument(StatusDetail d) =>
        new() { StixId = d.Id, Version = d.Version, Message = d.Message };

    private static StatusDetail ToDetail(StatusDetailDocument d) => new(d.StixId, d.Version, d.Message);
}
