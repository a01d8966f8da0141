namespace TaxiiServer.Validation.Pattern;

/// <summary>
/// Recursive-descent parser over <see cref="PatternLexer"/> tokens, one instance per pattern. Methods return null
/// after recording the first error in <see cref="_error"/>, so failure costs no exception. This file holds the
/// plumbing and the observation level; comparisons, paths and values are in the sibling files.
/// </summary>
internal sealed partial class PatternGrammarParser
{
    private readonly string _text;
    private readonly PatternLexer _lexer;
    private PatternToken _token;
    private PatternError? _error;
    private int _depth;

    public PatternGrammarParser(string text)
    {
        _text = text;
        _lexer = new PatternLexer(text);
        _token = _lexer.Next();
    }

    public PatternParseResult ParsePattern()
    {
        if (_token.Kind == PatternTokenKind.End)
        {
            return PatternParseResult.Invalid(new PatternError(_token.Start,
                "pattern is empty: expected an observation expression such as [file:name = 'x']"));
        }

        var expression = ParseObservationJoin(ObservationOperator.FollowedBy);
        if (expression is not null && _token.Kind != PatternTokenKind.End)
        {
            FailHere(_token.Kind == PatternTokenKind.Last
                ? "LAST is a reserved word with no use in STIX 2.1 patterns"
                : $"expected AND, OR, FOLLOWEDBY, a qualifier (WITHIN, REPEATS, START) or the end of the pattern, found {Describe(_token)}{CaseHint(_token)}");
        }

        // Every path that returns null records an error first; the fallback keeps "valid implies a tree" true
        // even if a future edit breaks that.
        return _error is not null ? PatternParseResult.Invalid(_error)
            : expression is not null ? PatternParseResult.Valid(expression)
            : PatternParseResult.Invalid(new PatternError(_token.Start, $"unexpected {Describe(_token)}"));
    }

    private void Advance() => _token = _lexer.Next();

    private ReadOnlySpan<char> TextOf(PatternToken token) => _text.AsSpan(token.Start, token.Length);

    /// <summary>Records an error at the current token, unless the token itself is a lexer error, which wins.</summary>
    private void FailHere(string message) =>
        _error ??= _token.Kind == PatternTokenKind.Error ? _lexer.Error : new PatternError(_token.Start, message);

    private void Fail(int position, string message) => _error ??= new PatternError(position, message);

    private string Describe(PatternToken token)
    {
        if (token.Kind == PatternTokenKind.End)
        {
            return "the end of the pattern";
        }

        var text = token.Length > 40 ? string.Concat(TextOf(token)[..40], "...") : TextOf(token).ToString();
        return token.Kind == PatternTokenKind.StringLiteral ? text : $"'{text}'";
    }

    /// <summary>" (keywords are case-sensitive: use 'AND')" when an identifier is a keyword in the wrong case.</summary>
    private string CaseHint(PatternToken token)
    {
        if (token.Kind != PatternTokenKind.Identifier)
        {
            return "";
        }

        var keyword = PatternKeywords.WrongCaseKeyword(TextOf(token));
        return keyword is null ? "" : $" (keywords are case-sensitive: use '{keyword}')";
    }

    private bool Enter()
    {
        if (++_depth <= StixPatternParser.MaxNestingDepth)
        {
            return true;
        }

        Fail(_token.Start, $"pattern nests '(' and '[' deeper than {StixPatternParser.MaxNestingDepth} levels");
        return false;
    }

    /// <summary>
    /// One precedence level: FOLLOWEDBY over OR over AND over qualified observations. Left-associative chains are
    /// collected into one flat node.
    /// </summary>
    private ObservationExpression? ParseObservationJoin(ObservationOperator level)
    {
        var (tokenKind, next) = level switch
        {
            ObservationOperator.FollowedBy => (PatternTokenKind.FollowedBy, (ObservationOperator?)ObservationOperator.Or),
            ObservationOperator.Or => (PatternTokenKind.Or, ObservationOperator.And),
            _ => (PatternTokenKind.And, (ObservationOperator?)null),
        };

        var first = next is { } lower ? ParseObservationJoin(lower) : ParseQualifiedObservation();
        if (first is null || _token.Kind != tokenKind)
        {
            return first;
        }

        var operands = new List<ObservationExpression>(2) { first };
        while (_token.Kind == tokenKind)
        {
            Advance();
            var operand = next is { } lowerLevel ? ParseObservationJoin(lowerLevel) : ParseQualifiedObservation();
            if (operand is null)
            {
                return null;
            }

            operands.Add(operand);
        }

        return new ObservationJoin(level, operands);
    }

    /// <remarks>
    /// The same qualifier kind twice directly on one <c>[...]</c> is rejected, as the OASIS cti-pattern-validator
    /// does, while <c>([...]) WITHIN 5 SECONDS WITHIN 6 SECONDS</c> is accepted, again like that validator. The chain
    /// length is capped like nesting, since each qualifier adds a level to the tree.
    /// </remarks>
    private ObservationExpression? ParseQualifiedObservation()
    {
        var isBracketed = _token.Kind == PatternTokenKind.LeftBracket;
        var observation = ParsePrimaryObservation();
        var seen = 0;
        var chain = 0;
        while (observation is not null &&
            _token.Kind is PatternTokenKind.Within or PatternTokenKind.Repeats or PatternTokenKind.Start)
        {
            var qualifierToken = _token;
            var kindBit = _token.Kind switch
            {
                PatternTokenKind.Within => 1,
                PatternTokenKind.Repeats => 2,
                _ => 4,
            };
            if (isBracketed && (seen & kindBit) != 0)
            {
                Fail(qualifierToken.Start,
                    $"duplicate {TextOf(qualifierToken)} qualifier on one observation expression; to apply it again, put the qualified expression in parentheses");
                return null;
            }

            if (++chain > StixPatternParser.MaxNestingDepth)
            {
                Fail(qualifierToken.Start, $"more than {StixPatternParser.MaxNestingDepth} qualifiers on one observation expression");
                return null;
            }

            seen |= kindBit;
            var qualifier = ParseQualifier();
            observation = qualifier is null ? null : new QualifiedObservation(observation, qualifier);
        }

        return observation;
    }

    private ObservationExpression? ParsePrimaryObservation()
    {
        var open = _token;
        if (open.Kind is not (PatternTokenKind.LeftBracket or PatternTokenKind.LeftParen))
        {
            FailHere(open.Kind == PatternTokenKind.Identifier
                ? $"expected '[' to start an observation expression, found {Describe(open)}: comparisons must be enclosed in square brackets, e.g. [file:name = 'x']"
                : $"expected an observation expression ('[' or '('), found {Describe(open)}");
            return null;
        }

        if (!Enter())
        {
            return null;
        }

        Advance();
        ObservationExpression? result;
        if (open.Kind == PatternTokenKind.LeftBracket)
        {
            var comparison = ParseComparisonJoin(ComparisonJoinOperator.Or);
            result = comparison is null ? null : new ObservationComparison(comparison);
            if (result is not null && _token.Kind != PatternTokenKind.RightBracket)
            {
                FailHere(_token.Kind == PatternTokenKind.FollowedBy
                    ? $"FOLLOWEDBY joins observation expressions and cannot be used inside the '[' opened at {open.Start}"
                    : $"expected ']' to close the observation expression opened at {open.Start}, found {Describe(_token)}{CaseHint(_token)}");
                result = null;
            }
        }
        else
        {
            result = ParseObservationJoin(ObservationOperator.FollowedBy);
            if (result is not null && _token.Kind != PatternTokenKind.RightParen)
            {
                FailHere($"expected ')' to close the group opened at {open.Start}, found {Describe(_token)}{CaseHint(_token)}");
                result = null;
            }
        }

        if (result is not null)
        {
            Advance();
            _depth--;
        }

        return result;
    }
}
