using System.Globalization;

namespace TaxiiServer.Validation.Pattern;

/// <summary>Object paths: <c>type:property.key.'quoted key'[0][*]</c>.</summary>
internal sealed partial class PatternGrammarParser
{
    private const int MinTypeLength = 3;
    private const int MaxTypeLength = 250;

    private ObjectPath? ParseObjectPath()
    {
        var typeToken = _token;
        var typeName = TextOf(typeToken);
        if (!IsValidTypeName(typeName))
        {
            Fail(typeToken.Start, $"object type {Describe(typeToken)} is not a valid STIX type name: " +
                $"{MinTypeLength}-{MaxTypeLength} characters of lower-case a-z, 0-9 and '-', starting with a letter");
            return null;
        }

        Advance();
        if (_token.Kind != PatternTokenKind.Colon)
        {
            FailHere($"expected ':' after the object type {Describe(typeToken)}, found {Describe(_token)}");
            return null;
        }

        Advance();
        var steps = new List<PathStep>(2);
        var first = ParseKeyStep("':'");
        if (first is null)
        {
            return null;
        }

        steps.Add(first);
        while (_token.Kind is PatternTokenKind.Dot or PatternTokenKind.LeftBracket)
        {
            PathStep? step;
            if (_token.Kind == PatternTokenKind.Dot)
            {
                Advance();
                step = ParseKeyStep("'.'");
            }
            else
            {
                step = ParseIndexStep();
            }

            if (step is null)
            {
                return null;
            }

            steps.Add(step);
        }

        return new ObjectPath(typeName.ToString(), steps);
    }

    private static bool IsValidTypeName(ReadOnlySpan<char> name)
    {
        if (name.Length is < MinTypeLength or > MaxTypeLength || !char.IsAsciiLetterLower(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A property name: IdentifierWithoutHyphen or StringLiteral, per the grammar.</summary>
    private KeyStep? ParseKeyStep(string after)
    {
        var token = _token;
        if (token.Kind == PatternTokenKind.StringLiteral)
        {
            Advance();
            return new KeyStep(Unescape(token));
        }

        if (token.Kind == PatternTokenKind.Identifier && !token.HasHyphen)
        {
            Advance();
            return new KeyStep(TextOf(token).ToString());
        }

        FailHere(token.Kind switch
        {
            PatternTokenKind.Identifier =>
                $"property name {Describe(token)} contains '-', which is only allowed in quotes: write {Describe(token)} as '{TextOf(token)}'",
            _ when PatternKeywords.IsKeyword(token.Kind) =>
                $"{Describe(token)} is a keyword and cannot be a bare property name: quote it as '{TextOf(token)}'",
            _ => $"expected a property name after {after}, found {Describe(token)}",
        });
        return null;
    }

    private IndexStep? ParseIndexStep()
    {
        var open = _token;
        Advance();
        int? index;
        if (_token.Kind == PatternTokenKind.Asterisk)
        {
            index = null;
        }
        else if (_token.Kind == PatternTokenKind.IntLiteral)
        {
            if (!int.TryParse(TextOf(_token), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                Fail(_token.Start, $"list index {Describe(_token)} is out of range");
                return null;
            }

            index = value;
        }
        else
        {
            FailHere($"expected a list index (an integer or '*') after '[', found {Describe(_token)}");
            return null;
        }

        Advance();
        if (_token.Kind != PatternTokenKind.RightBracket)
        {
            FailHere($"expected ']' to close the list index opened at {open.Start}, found {Describe(_token)}");
            return null;
        }

        Advance();
        return new IndexStep(index);
    }
}
