namespace TaxiiServer.Validation.Rules;

/// <summary>
/// What an embedded reference may point at, judged from the type prefix of the referenced id. Custom types count as
/// possible SDOs or SCOs (the server cannot tell which), but never as relationships, markings or bundles.
/// </summary>
internal sealed class RefTarget
{
    private readonly StixType[] types;
    private readonly Kind kind;

    private RefTarget(Kind kind, string description, StixType[] types)
    {
        this.kind = kind;
        this.types = types;
        Description = description;
    }

    private enum Kind { Types, Sdo, Sco, ScoOrSro, SdoOrSco, AnyObject }

    /// <summary>How a message names the allowed targets ("an identity", "an SDO or SCO").</summary>
    public string Description { get; }

    public static RefTarget Sdo { get; } = new(Kind.Sdo, "an SDO", []);

    public static RefTarget Sco { get; } = new(Kind.Sco, "an SCO", []);

    public static RefTarget ScoOrSro { get; } = new(Kind.ScoOrSro, "an SCO or SRO", []);

    public static RefTarget SdoOrSco { get; } = new(Kind.SdoOrSco, "an SDO or SCO (not a relationship, sighting, marking-definition, language-content or extension-definition)", []);

    public static RefTarget AnyObject { get; } = new(Kind.AnyObject, "a STIX object", []);

    public static RefTarget OneOf(params string[] types) =>
        new(Kind.Types, types.Length == 1
            ? WithArticle(types[0])
            : string.Join(", ", Array.ConvertAll(types[..^1], WithArticle)) + " or " + WithArticle(types[^1]),
            Array.ConvertAll(types, StixTypes.Get));

    /// <summary>Whether a reference to an object of <paramref name="type"/> is allowed; null stands for a custom type.</summary>
    public bool Accepts(StixType? type) => kind switch
    {
        Kind.Types => type is not null && Array.IndexOf(types, type) >= 0,
        Kind.Sdo => type is null || type.Category == StixCategory.Sdo,
        Kind.Sco => type is null || type.Category == StixCategory.Sco,
        Kind.ScoOrSro => type is null || type.Category is StixCategory.Sco or StixCategory.Sro,
        Kind.SdoOrSco => type is null || !type.IsNonDomain,
        _ => type is null || type.Category != StixCategory.Bundle,
    };

    /// <summary>"an identity", "a location": for messages.</summary>
    public static string WithArticle(ReadOnlySpan<char> type) =>
        (type.Length > 0 && "aeio".Contains(type[0], StringComparison.Ordinal) ? "an " : "a ") + type.ToString();

    private static string WithArticle(string type) => WithArticle(type.AsSpan());
}
