namespace TaxiiServer.Validation.Pattern;

/// <summary>Quoted literals: strings, and the t'...', b'...' and h'...' typed literals with their contents checked.</summary>
internal sealed partial class PatternLexer
{
    private PatternToken LexString(int start)
    {
        var position = start + 1;
        while (position < _text.Length)
        {
            var c = _text[position];
            if (c == '\'')
            {
                _position = position + 1;
                return new PatternToken(PatternTokenKind.StringLiteral, start, position + 1 - start);
            }

            if (c == '\\')
            {
                if (position + 1 >= _text.Length)
                {
                    break;
                }

                var escaped = _text[position + 1];
                if (escaped is not ('\'' or '\\'))
                {
                    return Fail(position, $"invalid escape '\\{escaped}' in string literal: only \\' and \\\\ are allowed");
                }

                position++;
            }

            position++;
        }

        return Fail(_text.Length, $"unterminated string literal: expected ' to close the string opened at {start}");
    }

    private PatternToken LexTypedLiteral(char prefix, int start)
    {
        var (kind, name) = prefix switch
        {
            't' => (PatternTokenKind.TimestampLiteral, "timestamp"),
            'b' => (PatternTokenKind.BinaryLiteral, "binary"),
            _ => (PatternTokenKind.HexLiteral, "hex"),
        };

        var contentStart = start + 2;
        var close = _text.IndexOf('\'', contentStart);
        if (close < 0)
        {
            return Fail(_text.Length, $"unterminated {name} literal: expected ' to close the literal opened at {start}");
        }

        var content = _text.AsSpan(contentStart, close - contentStart);
        var error = kind switch
        {
            PatternTokenKind.TimestampLiteral => PatternTimestamp.Check(content, contentStart),
            PatternTokenKind.BinaryLiteral => CheckBase64(content, contentStart),
            _ => CheckHex(content, contentStart),
        };

        if (error is not null)
        {
            Error = error;
            _position = _text.Length;
            return new PatternToken(PatternTokenKind.Error, error.Position, 0);
        }

        _position = close + 1;
        return new PatternToken(kind, start, close + 1 - start);
    }

    private static PatternError? CheckHex(ReadOnlySpan<char> content, int offset)
    {
        for (var i = 0; i < content.Length; i++)
        {
            if (!char.IsAsciiHexDigit(content[i]))
            {
                return new PatternError(offset + i, $"{Describe(content[i])} is not a hexadecimal digit in hex literal");
            }
        }

        return content.Length % 2 == 0
            ? null
            : new PatternError(offset + content.Length,
                $"hex literal has an odd number of digits ({content.Length}): each byte needs two");
    }

    private static PatternError? CheckBase64(ReadOnlySpan<char> content, int offset)
    {
        if (content.IsEmpty)
        {
            return new PatternError(offset, "binary literal is empty: b'...' needs at least one base64 group");
        }

        var padding = content.Length - content.TrimEnd('=').Length;
        var dataLength = content.Length - padding;
        for (var i = 0; i < dataLength; i++)
        {
            var c = content[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '/'))
            {
                return new PatternError(offset + i, c == '='
                    ? "base64 padding '=' may only appear at the end of a binary literal"
                    : $"{Describe(c)} is not a base64 character in binary literal");
            }
        }

        if (padding > 2)
        {
            return new PatternError(offset + dataLength, $"binary literal has {padding} '=' padding characters; at most 2 are allowed");
        }

        return content.Length % 4 == 0
            ? null
            : new PatternError(offset + content.Length,
                $"binary literal length {content.Length} is not a multiple of 4: base64 comes in groups of four characters");
    }
}
