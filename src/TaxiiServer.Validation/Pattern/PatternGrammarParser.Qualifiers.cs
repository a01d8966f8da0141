using System.Globalization;

namespace TaxiiServer.Validation.Pattern;

/// <summary>WITHIN n SECONDS, REPEATS n TIMES and START t'..' STOP t'..'.</summary>
internal sealed partial class PatternGrammarParser
{
    private PatternQualifier? ParseQualifier()
    {
        var keyword = _token.Kind;
        Advance();
        return keyword switch
        {
            PatternTokenKind.Within => ParseWithin(),
            PatternTokenKind.Repeats => ParseRepeats(),
            _ => ParseStartStop(),
        };
    }

    private WithinQualifier? ParseWithin()
    {
        // The grammar takes IntPosLiteral or FloatPosLiteral here; "positive" in the token name only means
        // "no minus sign", so zero is ruled out separately.
        var number = _token;
        if (number.Kind is not (PatternTokenKind.IntLiteral or PatternTokenKind.FloatLiteral) || number.IsNegative)
        {
            FailHere($"WITHIN must be followed by a positive number of seconds, found {Describe(number)}");
            return null;
        }

        if (!decimal.TryParse(TextOf(number), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var seconds))
        {
            Fail(number.Start, $"WITHIN duration {Describe(number)} is too large");
            return null;
        }

        if (seconds <= 0)
        {
            Fail(number.Start, $"WITHIN duration must be greater than zero, found {Describe(number)}");
            return null;
        }

        Advance();
        if (_token.Kind != PatternTokenKind.Seconds)
        {
            FailHere($"expected SECONDS after the WITHIN duration (the only unit), found {Describe(_token)}{CaseHint(_token)}");
            return null;
        }

        Advance();
        return new WithinQualifier(seconds);
    }

    private RepeatsQualifier? ParseRepeats()
    {
        var number = _token;
        if (number.Kind != PatternTokenKind.IntLiteral || number.IsNegative)
        {
            FailHere($"REPEATS must be followed by a positive integer, found {Describe(number)}");
            return null;
        }

        if (!int.TryParse(TextOf(number), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var times))
        {
            Fail(number.Start, $"REPEATS count {Describe(number)} is too large (at most {int.MaxValue})");
            return null;
        }

        if (times <= 0)
        {
            Fail(number.Start, $"REPEATS count must be at least 1, found {Describe(number)}");
            return null;
        }

        Advance();
        if (_token.Kind != PatternTokenKind.Times)
        {
            FailHere($"expected TIMES after the REPEATS count, found {Describe(_token)}{CaseHint(_token)}");
            return null;
        }

        Advance();
        return new RepeatsQualifier(times);
    }

    private StartStopQualifier? ParseStartStop()
    {
        var start = ExpectTimestamp("START");
        if (start is null)
        {
            return null;
        }

        if (_token.Kind != PatternTokenKind.Stop)
        {
            FailHere($"expected STOP after the START timestamp, found {Describe(_token)}{CaseHint(_token)}");
            return null;
        }

        Advance();
        var stopToken = _token;
        var stop = ExpectTimestamp("STOP");
        if (stop is null)
        {
            return null;
        }

        if (PatternTimestamp.Compare(start, stop) >= 0)
        {
            Fail(stopToken.Start, $"STOP t'{stop}' must be later than START t'{start}'");
            return null;
        }

        return new StartStopQualifier(start, stop);
    }

    /// <summary>The contents of a t'...' literal after <paramref name="keyword"/>, consuming it.</summary>
    private string? ExpectTimestamp(string keyword)
    {
        if (_token.Kind != PatternTokenKind.TimestampLiteral)
        {
            FailHere(_token.Kind == PatternTokenKind.StringLiteral
                ? $"{keyword} needs a timestamp literal: write t{Describe(_token)}, not a plain string"
                : $"{keyword} must be followed by a timestamp literal such as t'2016-01-01T00:00:00Z', found {Describe(_token)}");
            return null;
        }

        var contents = _text.Substring(_token.Start + 2, _token.Length - 3);
        Advance();
        return contents;
    }
}
