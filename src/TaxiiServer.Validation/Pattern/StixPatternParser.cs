namespace TaxiiServer.Validation.Pattern;

/// <summary>
/// Validates and parses STIX 2.1 patterns (<c>pattern_type: stix</c>) against the OASIS STIXPattern.g4 grammar,
/// plus the cheap semantic rules the specification adds: object type names, positive WITHIN/REPEATS values, START
/// before STOP, real calendar timestamps, hash values of the right length, and no repeated qualifier kind directly
/// on one bracketed observation (as the OASIS cti-pattern-validator requires).
/// </summary>
/// <remarks>
/// Hand-written lexer and recursive-descent parser: no regular expressions, one token of lookahead, no
/// exceptions on any input. Recursion only happens at '(' and '[', capped by <see cref="MaxNestingDepth"/>;
/// chains such as <c>a AND b AND ...</c> are parsed in loops into flat nodes, so long patterns cannot overflow
/// the stack here or in code that walks the tree.
/// </remarks>
public static class StixPatternParser
{
    /// <summary>How deeply '(' and '[' may nest before the pattern is rejected.</summary>
    public const int MaxNestingDepth = 64;

    /// <summary>Parses <paramref name="pattern"/>; never throws. On failure the result holds the first error.</summary>
    public static PatternParseResult Parse(string? pattern) => pattern is null
        ? PatternParseResult.Invalid(new PatternError(0, "pattern is null"))
        : new PatternGrammarParser(pattern).ParsePattern();
}
