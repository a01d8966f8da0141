namespace TaxiiServer.Validation.Pattern;

/// <summary>
/// Hand-written lexer for STIXPattern.g4, producing one token at a time on demand. Like the ANTLR lexer it is
/// context-free and takes the longest match, with keywords winning ties against identifiers, so "ANDx" is an
/// identifier and "WITHIN 5SECONDS" lexes as three tokens. Keywords are case-sensitive ("and" is an identifier).
/// On malformed input it returns a <see cref="PatternTokenKind.Error"/> token and records why in <see cref="Error"/>.
/// </summary>
internal sealed partial class PatternLexer
{
    private readonly string _text;
    private int _position;

    public PatternLexer(string text) => _text = text;

    /// <summary>Why the last <see cref="PatternTokenKind.Error"/> token was produced.</summary>
    public PatternError? Error { get; private set; }

    public PatternToken Next()
    {
        if (!SkipTrivia())
        {
            return new PatternToken(PatternTokenKind.Error, _position, 0);
        }

        var start = _position;
        if (start >= _text.Length)
        {
            return new PatternToken(PatternTokenKind.End, _text.Length, 0);
        }

        var c = _text[start];
        var next = start + 1 < _text.Length ? _text[start + 1] : '\0';
        switch (c)
        {
            case '[': return Take(PatternTokenKind.LeftBracket, 1);
            case ']': return Take(PatternTokenKind.RightBracket, 1);
            case '(': return Take(PatternTokenKind.LeftParen, 1);
            case ')': return Take(PatternTokenKind.RightParen, 1);
            case ':': return Take(PatternTokenKind.Colon, 1);
            case ',': return Take(PatternTokenKind.Comma, 1);
            case '*': return Take(PatternTokenKind.Asterisk, 1);
            case '=': return Take(PatternTokenKind.Equal, next == '=' ? 2 : 1);
            case '<' when next == '=': return Take(PatternTokenKind.LessOrEqual, 2);
            case '<' when next == '>': return Take(PatternTokenKind.NotEqual, 2);
            case '<': return Take(PatternTokenKind.Less, 1);
            case '>' when next == '=': return Take(PatternTokenKind.GreaterOrEqual, 2);
            case '>': return Take(PatternTokenKind.Greater, 1);
            case '!' when next == '=': return Take(PatternTokenKind.NotEqual, 2);
            case '\'': return LexString(start);
            case '+' or '-' or '.' or (>= '0' and <= '9'): return LexNumberOrDot(start);
        }

        if (IsIdentifierStart(c))
        {
            // t'...', b'...' and h'...' are single tokens; an identifier never directly precedes a quote in a
            // valid pattern, so reading them eagerly loses nothing and lets malformed contents get a precise error.
            return c is 't' or 'b' or 'h' && next == '\'' ? LexTypedLiteral(c, start) : LexIdentifier(start);
        }

        return Fail(start, c == '!'
            ? "unexpected character '!': the not-equal operator is '!=' (or '<>')"
            : $"unexpected character {Describe(c)}");
    }

    /// <summary>Quotes a character for an error message, naming the invisible ones.</summary>
    internal static string Describe(char c) => c switch
    {
        '\'' => "\"'\"",
        < ' ' or (>= '\u007f' and <= '\u00a0') => $"U+{(int)c:X4}",
        _ => $"'{c}'",
    };

    private static bool IsIdentifierStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || c is (>= '0' and <= '9') or '-';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    // The grammar's WS rule: ASCII blanks plus the Unicode spaces it lists.
    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\u000B' or '\u000C'
        or '\u0085' or '\u00a0' or '\u1680' or (>= '\u2000' and <= '\u200a') or '\u2028' or '\u2029'
        or '\u202f' or '\u205f' or '\u3000';

    private PatternToken Take(PatternTokenKind kind, int length)
    {
        var token = new PatternToken(kind, _position, length);
        _position += length;
        return token;
    }

    private PatternToken Fail(int position, string message)
    {
        Error = new PatternError(position, message);
        _position = _text.Length;
        return new PatternToken(PatternTokenKind.Error, position, 0);
    }

    /// <summary>Skips whitespace, /* block */ and // line comments; false on an unterminated block comment.</summary>
    private bool SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (IsWhitespace(c))
            {
                _position++;
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
            {
                var endOfLine = _text.AsSpan(_position).IndexOfAny('\r', '\n');
                _position = endOfLine < 0 ? _text.Length : _position + endOfLine;
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
            {
                var close = _text.AsSpan(_position + 2).IndexOf("*/", StringComparison.Ordinal);
                if (close < 0)
                {
                    Fail(_text.Length, $"unterminated comment: expected '*/' to close the comment opened at {_position}");
                    return false;
                }

                _position += close + 4;
            }
            else
            {
                break;
            }
        }

        return true;
    }

    private PatternToken LexIdentifier(int start)
    {
        var end = start + 1;
        var hasHyphen = false;
        while (end < _text.Length && IsIdentifierPart(_text[end]))
        {
            hasHyphen |= _text[end] == '-';
            end++;
        }

        _position = end;
        var kind = hasHyphen ? PatternTokenKind.Identifier : PatternKeywords.Classify(_text.AsSpan(start, end - start));
        return new PatternToken(kind, start, end - start, HasHyphen: hasHyphen);
    }

    /// <summary>IntPos/IntNeg/FloatPos/FloatNeg literals, or a lone '.' (DOT).</summary>
    private PatternToken LexNumberOrDot(int start)
    {
        var c = _text[start];
        var position = c is '+' or '-' ? start + 1 : start;
        var integerStart = position;
        while (position < _text.Length && IsDigit(_text[position]))
        {
            position++;
        }

        var integerDigits = position - integerStart;
        if (position + 1 < _text.Length && _text[position] == '.' && IsDigit(_text[position + 1]))
        {
            position += 2;
            while (position < _text.Length && IsDigit(_text[position]))
            {
                position++;
            }

            _position = position;
            return new PatternToken(PatternTokenKind.FloatLiteral, start, position - start, IsNegative: c == '-');
        }

        if (integerDigits == 0)
        {
            return c == '.'
                ? Take(PatternTokenKind.Dot, 1)
                : Fail(start, $"unexpected '{c}': a sign must be followed directly by a number");
        }

        if (integerDigits > 1 && _text[integerStart] == '0')
        {
            return Fail(integerStart, "integer literals must not have leading zeros");
        }

        _position = position;
        return new PatternToken(PatternTokenKind.IntLiteral, start, position - start, IsNegative: c == '-');
    }
}
