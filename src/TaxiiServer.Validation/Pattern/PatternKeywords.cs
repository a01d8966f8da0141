namespace TaxiiServer.Validation.Pattern;

/// <summary>The grammar's reserved words, which are case-sensitive: upper-case operators, lower-case booleans.</summary>
internal static class PatternKeywords
{
    public static PatternTokenKind Classify(ReadOnlySpan<char> word) => word switch
    {
        "AND" => PatternTokenKind.And,
        "OR" => PatternTokenKind.Or,
        "NOT" => PatternTokenKind.Not,
        "FOLLOWEDBY" => PatternTokenKind.FollowedBy,
        "LIKE" => PatternTokenKind.Like,
        "MATCHES" => PatternTokenKind.Matches,
        "ISSUPERSET" => PatternTokenKind.IsSuperset,
        "ISSUBSET" => PatternTokenKind.IsSubset,
        "EXISTS" => PatternTokenKind.Exists,
        "LAST" => PatternTokenKind.Last,
        "IN" => PatternTokenKind.In,
        "START" => PatternTokenKind.Start,
        "STOP" => PatternTokenKind.Stop,
        "SECONDS" => PatternTokenKind.Seconds,
        "WITHIN" => PatternTokenKind.Within,
        "REPEATS" => PatternTokenKind.Repeats,
        "TIMES" => PatternTokenKind.Times,
        "true" or "false" => PatternTokenKind.BoolLiteral,
        _ => PatternTokenKind.Identifier,
    };

    public static bool IsKeyword(PatternTokenKind kind) => kind >= PatternTokenKind.And || kind == PatternTokenKind.BoolLiteral;

    /// <summary>
    /// The keyword an identifier would be in the right case ("within" → "WITHIN", "TRUE" → "true"), so errors can
    /// say what was probably meant; null when it is no keyword in any case.
    /// </summary>
    public static string? WrongCaseKeyword(ReadOnlySpan<char> word)
    {
        if (word.Length > 10)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[word.Length];
        word.ToUpperInvariant(buffer);
        if (Classify(buffer) != PatternTokenKind.Identifier)
        {
            return buffer.ToString();
        }

        word.ToLowerInvariant(buffer);
        return Classify(buffer) == PatternTokenKind.BoolLiteral ? buffer.ToString() : null;
    }
}
