using System.Diagnostics.CodeAnalysis;

namespace TaxiiServer.Validation.Pattern;

/// <summary>Why a STIX pattern is invalid.</summary>
/// <param name="Position">0-based character offset in the pattern where the problem was found; the pattern's
/// length when more input was expected.</param>
/// <param name="Message">A readable, specific description, e.g. "unknown comparison operator 'EQUALS'".</param>
public sealed record PatternError(int Position, string Message)
{
    public override string ToString() => $"{Message} (at {Position})";
}

/// <summary>
/// The outcome of <see cref="StixPatternParser.Parse"/>: either the pattern's syntax tree or the first error.
/// </summary>
public sealed class PatternParseResult
{
    private PatternParseResult(ObservationExpression? expression, PatternError? error)
    {
        Expression = expression;
        Error = error;
    }

    /// <summary>The whole pattern as a tree; set exactly when <see cref="IsValid"/>.</summary>
    public ObservationExpression? Expression { get; }

    /// <summary>The first problem found; set exactly when not <see cref="IsValid"/>.</summary>
    public PatternError? Error { get; }

    [MemberNotNullWhen(true, nameof(Expression))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Error is null;

    internal static PatternParseResult Valid(ObservationExpression expression) => new(expression, null);

    internal static PatternParseResult Invalid(PatternError error) => new(null, error);

    public override string ToString() => IsValid ? "valid" : $"invalid: {Error}";
}
