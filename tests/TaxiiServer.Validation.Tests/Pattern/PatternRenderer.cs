using System.Globalization;
using System.Text;
using TaxiiServer.Validation.Pattern;

namespace TaxiiServer.Validation.Tests.Pattern;

/// <summary>
/// Writes a parsed pattern back as text with every join and qualifier in explicit parentheses, so tests can state
/// the tree shape (precedence, grouping) as one readable string, and re-parse the output to check round trips.
/// </summary>
internal static class PatternRenderer
{
    public static string Render(ObservationExpression expression)
    {
        var builder = new StringBuilder();
        Write(builder, expression);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, ObservationExpression expression)
    {
        switch (expression)
        {
            case ObservationComparison simple:
                builder.Append('[');
                Write(builder, simple.Comparison);
                builder.Append(']');
                break;
            case ObservationJoin join:
                builder.Append('(');
                for (var i = 0; i < join.Operands.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(join.Operator switch
                        {
                            ObservationOperator.And => " AND ",
                            ObservationOperator.Or => " OR ",
                            _ => " FOLLOWEDBY ",
                        });
                    }

                    Write(builder, join.Operands[i]);
                }

                builder.Append(')');
                break;
            case QualifiedObservation qualified:
                builder.Append('(');
                Write(builder, qualified.Observation);
                builder.Append(qualified.Qualifier switch
                {
                    WithinQualifier within => $" WITHIN {within.Seconds.ToString(CultureInfo.InvariantCulture)} SECONDS",
                    RepeatsQualifier repeats => $" REPEATS {repeats.Times} TIMES",
                    StartStopQualifier startStop => $" START t'{startStop.Start}' STOP t'{startStop.Stop}'",
                    _ => throw new InvalidOperationException(qualified.Qualifier.ToString()),
                });
                builder.Append(')');
                break;
            default:
                throw new InvalidOperationException(expression.ToString());
        }
    }

    private static void Write(StringBuilder builder, ComparisonExpression expression)
    {
        if (expression is ComparisonJoin join)
        {
            builder.Append('(');
            for (var i = 0; i < join.Operands.Count; i++)
            {
                builder.Append(i == 0 ? "" : join.Operator == ComparisonJoinOperator.And ? " AND " : " OR ");
                Write(builder, join.Operands[i]);
            }

            builder.Append(')');
            return;
        }

        var test = (PropertyComparison)expression;
        if (test.Operator == ComparisonOperator.Exists)
        {
            builder.Append(test.Negated ? "NOT EXISTS " : "EXISTS ");
            Write(builder, test.Path);
            return;
        }

        Write(builder, test.Path);
        builder.Append(test.Negated ? " NOT " : " ").Append(test.Operator switch
        {
            ComparisonOperator.Equal => "=",
            ComparisonOperator.NotEqual => "!=",
            ComparisonOperator.Less => "<",
            ComparisonOperator.LessOrEqual => "<=",
            ComparisonOperator.Greater => ">",
            ComparisonOperator.GreaterOrEqual => ">=",
            ComparisonOperator.In => "IN",
            ComparisonOperator.Like => "LIKE",
            ComparisonOperator.Matches => "MATCHES",
            ComparisonOperator.IsSubset => "ISSUBSET",
            _ => "ISSUPERSET",
        }).Append(' ');
        if (test.Value is PatternSet set)
        {
            builder.Append('(').AppendJoin(", ", set.Items.Select(Literal)).Append(')');
        }
        else
        {
            builder.Append(Literal((PatternLiteral)test.Value!));
        }
    }

    private static void Write(StringBuilder builder, ObjectPath path)
    {
        builder.Append(path.ObjectType).Append(':');
        for (var i = 0; i < path.Steps.Count; i++)
        {
            switch (path.Steps[i])
            {
                case KeyStep key:
                    var bare = key.Key.Length > 0 && (char.IsAsciiLetter(key.Key[0]) || key.Key[0] == '_') &&
                        key.Key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && PatternKeywords.Classify(key.Key) == PatternTokenKind.Identifier;
                    builder.Append(i == 0 ? "" : ".").Append(bare ? key.Key : Quote(key.Key));
                    break;
                case IndexStep index:
                    builder.Append('[').Append(index.Index?.ToString(CultureInfo.InvariantCulture) ?? "*").Append(']');
                    break;
            }
        }
    }

    private static string Literal(PatternLiteral literal) => literal.Kind switch
    {
        PatternLiteralKind.StringLiteral => Quote(literal.Text),
        PatternLiteralKind.TimestampLiteral => $"t'{literal.Text}'",
        PatternLiteralKind.BinaryLiteral => $"b'{literal.Text}'",
        PatternLiteralKind.HexLiteral => $"h'{literal.Text}'",
        _ => literal.Text,
    };

    private static string Quote(string text) => "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("'", "\\'", StringComparison.Ordinal) + "'";
}
