namespace TaxiiServer.Validation.Pattern;

/// <summary>Inside the brackets: comparisons joined by AND/OR, property tests and object paths.</summary>
internal sealed partial class PatternGrammarParser
{
    private const string OperatorList = "=, !=, <, <=, >, >=, IN, LIKE, MATCHES, ISSUBSET, ISSUPERSET";

    private ComparisonExpression? ParseComparisonJoin(ComparisonJoinOperator level)
    {
        var tokenKind = level == ComparisonJoinOperator.Or ? PatternTokenKind.Or : PatternTokenKind.And;
        var first = level == ComparisonJoinOperator.Or ? ParseComparisonJoin(ComparisonJoinOperator.And) : ParsePropertyTest();
        if (first is null || _token.Kind != tokenKind)
        {
            return first;
        }

        var operands = new List<ComparisonExpression>(2) { first };
        while (_token.Kind == tokenKind)
        {
            Advance();
            var operand = level == ComparisonJoinOperator.Or ? ParseComparisonJoin(ComparisonJoinOperator.And) : ParsePropertyTest();
            if (operand is null)
            {
                return null;
            }

            operands.Add(operand);
        }

        return new ComparisonJoin(level, operands);
    }

    private ComparisonExpression? ParsePropertyTest()
    {
        switch (_token.Kind)
        {
            case PatternTokenKind.LeftParen:
                return ParseComparisonGroup();
            case PatternTokenKind.Not or PatternTokenKind.Exists:
                return ParseExists();
            case PatternTokenKind.Identifier:
                break;
            case PatternTokenKind.LeftBracket:
                FailHere("observation expressions cannot be nested: '[' inside '[...]'");
                return null;
            default:
                FailHere($"expected a comparison (an object path such as file:name, '(' or EXISTS), found {Describe(_token)}");
                return null;
        }

        var path = ParseObjectPath();
        if (path is null)
        {
            return null;
        }

        var negated = _token.Kind == PatternTokenKind.Not;
        if (negated)
        {
            Advance();
        }

        var operatorToken = _token;
        ComparisonOperator? op = operatorToken.Kind switch
        {
            PatternTokenKind.Equal => ComparisonOperator.Equal,
            PatternTokenKind.NotEqual => ComparisonOperator.NotEqual,
            PatternTokenKind.Less => ComparisonOperator.Less,
            PatternTokenKind.LessOrEqual => ComparisonOperator.LessOrEqual,
            PatternTokenKind.Greater => ComparisonOperator.Greater,
            PatternTokenKind.GreaterOrEqual => ComparisonOperator.GreaterOrEqual,
            PatternTokenKind.In => ComparisonOperator.In,
            PatternTokenKind.Like => ComparisonOperator.Like,
            PatternTokenKind.Matches => ComparisonOperator.Matches,
            PatternTokenKind.IsSubset => ComparisonOperator.IsSubset,
            PatternTokenKind.IsSuperset => ComparisonOperator.IsSuperset,
            _ => null,
        };

        if (op is not { } comparison)
        {
            FailHere(operatorToken.Kind switch
            {
                PatternTokenKind.Identifier when PatternKeywords.WrongCaseKeyword(TextOf(operatorToken)) is { } keyword =>
                    $"unknown comparison operator {Describe(operatorToken)}: operators are case-sensitive, use '{keyword}'",
                PatternTokenKind.Identifier => $"unknown comparison operator {Describe(operatorToken)}",
                PatternTokenKind.Exists => "EXISTS goes before the object path, as in EXISTS file:name",
                PatternTokenKind.Not => "NOT may appear only once, between the object path and the operator",
                _ => $"expected a comparison operator ({OperatorList}) after the object path, found {Describe(operatorToken)}",
            });
            return null;
        }

        Advance();
        var hash = HashValues.ExpectedFor(path, comparison);
        PatternValue? value = comparison switch
        {
            ComparisonOperator.Equal or ComparisonOperator.NotEqual => ParseLiteral(operatorToken, allowBoolean: true, hash),
            ComparisonOperator.In => ParseSet(operatorToken, hash),
            ComparisonOperator.Like or ComparisonOperator.Matches or ComparisonOperator.IsSubset or ComparisonOperator.IsSuperset =>
                ParseStringOperand(operatorToken),
            _ => ParseLiteral(operatorToken, allowBoolean: false, hash: null),
        };

        return value is null ? null : new PropertyComparison(path, comparison, negated, value);
    }

    private ComparisonExpression? ParseComparisonGroup()
    {
        var open = _token;
        if (!Enter())
        {
            return null;
        }

        Advance();
        var inner = ParseComparisonJoin(ComparisonJoinOperator.Or);
        if (inner is null)
        {
            return null;
        }

        if (_token.Kind != PatternTokenKind.RightParen)
        {
            FailHere($"expected ')' to close the comparison group opened at {open.Start}, found {Describe(_token)}{CaseHint(_token)}");
            return null;
        }

        Advance();
        _depth--;
        return inner;
    }

    private PropertyComparison? ParseExists()
    {
        var negated = _token.Kind == PatternTokenKind.Not;
        if (negated)
        {
            Advance();
            if (_token.Kind != PatternTokenKind.Exists)
            {
                FailHere($"NOT before a comparison must be followed by EXISTS, found {Describe(_token)}; to negate a comparison put NOT after the object path, as in file:name NOT = 'x'");
                return null;
            }
        }

        Advance();
        if (_token.Kind != PatternTokenKind.Identifier)
        {
            FailHere($"EXISTS must be followed by an object path such as file:name, found {Describe(_token)}");
            return null;
        }

        var path = ParseObjectPath();
        return path is null ? null : new PropertyComparison(path, ComparisonOperator.Exists, negated, null);
    }
}
