namespace TaxiiServer.Validation.Pattern;

/// <summary>Right-hand sides of comparisons: literals, IN sets and string operands.</summary>
internal sealed partial class PatternGrammarParser
{
    /// <summary>primitiveLiteral (with booleans) or orderableLiteral (without), consuming it.</summary>
    private PatternLiteral? ParseLiteral(PatternToken operatorToken, bool allowBoolean, HashValues.Algorithm? hash)
    {
        // Operator text is only materialised for error messages.
        string OperatorText() => TextOf(operatorToken).ToString();
        var token = _token;
        PatternLiteralKind? kind = token.Kind switch
        {
            PatternTokenKind.StringLiteral => PatternLiteralKind.StringLiteral,
            PatternTokenKind.IntLiteral => PatternLiteralKind.IntegerLiteral,
            PatternTokenKind.FloatLiteral => PatternLiteralKind.FloatLiteral,
            PatternTokenKind.BoolLiteral => PatternLiteralKind.BooleanLiteral,
            PatternTokenKind.TimestampLiteral => PatternLiteralKind.TimestampLiteral,
            PatternTokenKind.BinaryLiteral => PatternLiteralKind.BinaryLiteral,
            PatternTokenKind.HexLiteral => PatternLiteralKind.HexLiteral,
            _ => null,
        };

        if (kind is not { } literalKind)
        {
            FailHere(token.Kind switch
            {
                PatternTokenKind.LeftParen => $"operator '{OperatorText()}' takes a single value; use IN to compare with a set",
                PatternTokenKind.Identifier when PatternKeywords.WrongCaseKeyword(TextOf(token)) is "true" or "false" =>
                    $"expected a value after '{OperatorText()}', found {Describe(token)}: booleans are lower-case true and false",
                PatternTokenKind.Identifier =>
                    $"expected a value after '{OperatorText()}', found {Describe(token)}: strings must be in single quotes",
                _ => $"expected a value after '{OperatorText()}', found {Describe(token)}",
            });
            return null;
        }

        if (literalKind == PatternLiteralKind.BooleanLiteral && !allowBoolean)
        {
            Fail(token.Start, $"operator '{OperatorText()}' orders values and cannot take a boolean");
            return null;
        }

        var text = literalKind switch
        {
            PatternLiteralKind.StringLiteral => Unescape(token),
            PatternLiteralKind.TimestampLiteral or PatternLiteralKind.BinaryLiteral or PatternLiteralKind.HexLiteral =>
                _text.Substring(token.Start + 2, token.Length - 3),
            _ => TextOf(token).ToString(),
        };

        if (literalKind == PatternLiteralKind.StringLiteral && hash is { } algorithm && !algorithm.Accepts(text))
        {
            Fail(token.Start, $"{Describe(token)} is not a valid {algorithm.Name} hash: expected {algorithm.HexDigits} hexadecimal digits");
            return null;
        }

        Advance();
        return new PatternLiteral(literalKind, text);
    }

    private PatternSet? ParseSet(PatternToken inToken, HashValues.Algorithm? hash)
    {
        var open = _token;
        if (open.Kind != PatternTokenKind.LeftParen)
        {
            FailHere($"IN must be followed by a parenthesised set such as ('a', 'b'), found {Describe(open)}");
            return null;
        }

        Advance();
        var items = new List<PatternLiteral>();
        if (_token.Kind == PatternTokenKind.RightParen)
        {
            Advance();
            return new PatternSet(items);
        }

        while (true)
        {
            var item = ParseLiteral(inToken, allowBoolean: true, hash);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            if (_token.Kind == PatternTokenKind.RightParen)
            {
                Advance();
                return new PatternSet(items);
            }

            if (_token.Kind != PatternTokenKind.Comma)
            {
                FailHere($"expected ',' or ')' to close the set opened at {open.Start}, found {Describe(_token)}");
                return null;
            }

            Advance();
        }
    }

    /// <summary>LIKE, MATCHES, ISSUBSET and ISSUPERSET take a StringLiteral and nothing else.</summary>
    private PatternLiteral? ParseStringOperand(PatternToken operatorToken)
    {
        var token = _token;
        if (token.Kind != PatternTokenKind.StringLiteral)
        {
            FailHere($"operator {TextOf(operatorToken)} requires a string literal in single quotes, found {Describe(token)}");
            return null;
        }

        Advance();
        return new PatternLiteral(PatternLiteralKind.StringLiteral, Unescape(token));
    }

    /// <summary>The value of a StringLiteral token: quotes removed, \' and \\ decoded (the lexer allowed no others).</summary>
    private string Unescape(PatternToken token)
    {
        var body = _text.AsSpan(token.Start + 1, token.Length - 2);
        if (!body.Contains('\\'))
        {
            return body.ToString();
        }

        return string.Create(body.Length - CountEscapes(body), token, (destination, t) =>
        {
            var source = _text.AsSpan(t.Start + 1, t.Length - 2);
            var written = 0;
            for (var i = 0; i < source.Length; i++)
            {
                if (source[i] == '\\')
                {
                    i++;
                }

                destination[written++] = source[i];
            }
        });
    }

    private static int CountEscapes(ReadOnlySpan<char> body)
    {
        var count = 0;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\')
            {
                count++;
                i++;
            }
        }

        return count;
    }
}
