namespace TaxiiServer.Validation.Pattern;

/// <summary>The inside of an observation's brackets: property tests joined by AND/OR (AND binds tighter).</summary>
public abstract record ComparisonExpression;

/// <summary>Two or more comparisons joined by one operator, left to right.</summary>
public sealed record ComparisonJoin(ComparisonJoinOperator Operator, IReadOnlyList<ComparisonExpression> Operands)
    : ComparisonExpression;

/// <summary>
/// One property test: <c>path [NOT] op value</c>, or <c>[NOT] EXISTS path</c> (then <paramref name="Value"/> is
/// null).
/// </summary>
public sealed record PropertyComparison(ObjectPath Path, ComparisonOperator Operator, bool Negated, PatternValue? Value)
    : ComparisonExpression;

public enum ComparisonJoinOperator
{
    And,
    Or,
}

public enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    In,
    Like,
    Matches,
    IsSubset,
    IsSuperset,
    Exists,
}

/// <summary><c>type:first.step[0].'quoted'[*]</c>: the object type and the steps after the colon.</summary>
public sealed record ObjectPath(string ObjectType, IReadOnlyList<PathStep> Steps);

/// <summary>One step of an object path.</summary>
public abstract record PathStep;

/// <summary>A property or dictionary key, with quotes and escapes removed.</summary>
public sealed record KeyStep(string Key) : PathStep;

/// <summary><c>[n]</c> (the grammar allows negative n), or <c>[*]</c> when <paramref name="Index"/> is null.</summary>
public sealed record IndexStep(int? Index) : PathStep;

/// <summary>The right-hand side of a comparison.</summary>
public abstract record PatternValue;

/// <summary>
/// A literal. <paramref name="Text"/> is the decoded value for strings, the contents between the quotes for
/// timestamp, binary and hex literals, and the literal as written for numbers and booleans.
/// </summary>
public sealed record PatternLiteral(PatternLiteralKind Kind, string Text) : PatternValue;

/// <summary><c>(v1, v2, ...)</c> after IN; may be empty.</summary>
public sealed record PatternSet(IReadOnlyList<PatternLiteral> Items) : PatternValue;

public enum PatternLiteralKind
{
    StringLiteral,
    IntegerLiteral,
    FloatLiteral,
    BooleanLiteral,
    TimestampLiteral,
    BinaryLiteral,
    HexLiteral,
}
