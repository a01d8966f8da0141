namespace TaxiiServer.Validation.Pattern;

/// <summary>The token kinds of STIXPattern.g4, plus <see cref="End"/> and <see cref="Error"/>.</summary>
internal enum PatternTokenKind
{
    End,
    Error,
    LeftBracket,
    RightBracket,
    LeftParen,
    RightParen,
    Colon,
    Dot,
    Comma,
    Asterisk,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Identifier,
    StringLiteral,
    IntLiteral,
    FloatLiteral,
    BoolLiteral,
    TimestampLiteral,
    BinaryLiteral,
    HexLiteral,
    And,
    Or,
    Not,
    FollowedBy,
    Like,
    Matches,
    IsSuperset,
    IsSubset,
    Exists,
    Last,
    In,
    Start,
    Stop,
    Seconds,
    Within,
    Repeats,
    Times,
}

/// <summary>
/// A token as a slice of the pattern: no text is copied until the parser builds a tree node from it.
/// <see cref="HasHyphen"/> separates the grammar's IdentifierWithHyphen from IdentifierWithoutHyphen, and
/// <see cref="IsNegative"/> the Int/FloatNegLiteral tokens from the positive ones.
/// </summary>
internal readonly record struct PatternToken(PatternTokenKind Kind, int Start, int Length, bool HasHyphen = false, bool IsNegative = false)
{
    public int End => Start + Length;
}
