namespace TaxiiServer.Validation.Rules;

/// <summary>
/// What an embedded reference may point at, judged from the type prefix of the referenced id. Custom types count as
/// possible SDOs or SCOs (the server cannot tell which), but never as relationships, markings or bundles.
/// </summary>
internal sealed class RefTarget
{
    private readonly string[] types;
    private readonly Kind kind;

    private RefTarget(Kind kind, string description, string[] types)
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
            : string.Join(", ", Array.ConvertAll(types[..^1], WithArticle)) + " or " + WithArticle(types[^1]), types);

    public bool Accepts(ReadOnlySpan<char> type)
    {
        switch (kind)
        {
            case Kind.Types:
                foreach (var candidate in types)
                {
                    if (type.SequenceEqual(candidate))
                    {
                        return true;
                    }
                }

                return false;
            case Kind.Sdo:
                return StixTypes.IsSdo(type) || StixTypes.IsCustom(type);
            case Kind.Sco:
                return StixTypes.IsSco(type) || StixTypes.IsCustom(type);
            case Kind.ScoOrSro:
                return StixTypes.IsSco(type) || type.SequenceEqual("relationship") || type.SequenceEqual("sighting") || StixTypes.IsCustom(type);
            case Kind.SdoOrSco:
                return !StixTypes.IsNonDomain(type);
            default:
                return !type.SequenceEqual("bundle");
        }
    }

    /// <summary>"an identity", "a location": for messages.</summary>
    public static string WithArticle(ReadOnlySpan<char> type) =>
        (type.Length > 0 && "aeio".Contains(type[0], StringComparison.Ordinal) ? "an " : "a ") + type.ToString();

    private static string WithArticle(string type) => WithArticle(type.AsSpan());
}
