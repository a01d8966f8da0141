namespace TaxiiServer.Validation.Pattern;

/// <summary>
/// An observation expression: a bracketed comparison, observations joined by AND/OR/FOLLOWEDBY, or an observation
/// with qualifiers. Parentheses leave no node of their own; the tree's shape records them and the precedence
/// (FOLLOWEDBY binds loosest, then OR, then AND).
/// </summary>
public abstract record ObservationExpression;

/// <summary><c>[ comparison ]</c>.</summary>
public sealed record ObservationComparison(ComparisonExpression Comparison) : ObservationExpression;

/// <summary>
/// Two or more observations joined by one operator, written left to right: <c>a AND b AND c</c> is one node with
/// three operands (all three operators are left-associative, so nothing is lost by flattening).
/// </summary>
public sealed record ObservationJoin(ObservationOperator Operator, IReadOnlyList<ObservationExpression> Operands)
    : ObservationExpression;

/// <summary>
/// An observation with one qualifier. A chain such as <c>[a] REPEATS 2 TIMES WITHIN 5 SECONDS</c> nests, the first
/// qualifier innermost, exactly as the grammar's left-recursive rule builds it.
/// </summary>
public sealed record QualifiedObservation(ObservationExpression Observation, PatternQualifier Qualifier)
    : ObservationExpression;

public enum ObservationOperator
{
    And,
    Or,
    FollowedBy,
}

/// <summary>A qualifier on an observation expression.</summary>
public abstract record PatternQualifier;

/// <summary><c>WITHIN n SECONDS</c>; <paramref name="Seconds"/> is positive and may have a fraction.</summary>
public sealed record WithinQualifier(decimal Seconds) : PatternQualifier;

/// <summary><c>REPEATS n TIMES</c>; <paramref name="Times"/> is positive.</summary>
public sealed record RepeatsQualifier(int Times) : PatternQualifier;

/// <summary>
/// <c>START t'..' STOP t'..'</c>, holding the timestamps as written inside the quotes; Start is before Stop.
/// </summary>
public sealed record StartStopQualifier(string Start, string Stop) : PatternQualifier;
