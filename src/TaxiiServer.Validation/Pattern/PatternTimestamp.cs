namespace TaxiiServer.Validation.Pattern;

/// <summary>
/// Checks and orders the contents of t'...' literals: exactly the grammar's <c>YYYY-MM-DDTHH:MM:SS[.s+]Z</c>, and a
/// real RFC 3339 UTC instant (no 2023-02-30; a leap second only as 23:59:60). The grammar alone accepts every day
/// 01-31 in every month, which is why the calendar check is here.
/// </summary>
internal static class PatternTimestamp
{
    private const string Shape = "YYYY-MM-DDTHH:MM:SS";
    private const string ShapeMessage = "timestamps must look like YYYY-MM-DDTHH:MM:SS[.fraction]Z";

    /// <summary>Null when <paramref name="content"/> is a valid timestamp; otherwise where and why it is not.</summary>
    public static PatternError? Check(ReadOnlySpan<char> content, int offset)
    {
        for (var i = 0; i < Shape.Length; i++)
        {
            if (i >= content.Length)
            {
                return new PatternError(offset + i, $"timestamp is incomplete: {ShapeMessage}");
            }

            var expected = Shape[i];
            var c = content[i];
            var fits = char.IsAsciiLetterUpper(expected) && expected != 'T' ? char.IsAsciiDigit(c) : c == expected;
            if (!fits)
            {
                return new PatternError(offset + i,
                    $"unexpected {PatternLexer.Describe(c)} in timestamp at '{expected}' of {Shape}: {ShapeMessage}");
            }
        }

        var position = Shape.Length;
        if (position < content.Length && content[position] == '.')
        {
            position++;
            var digitsStart = position;
            while (position < content.Length && char.IsAsciiDigit(content[position]))
            {
                position++;
            }

            if (position == digitsStart)
            {
                return new PatternError(offset + position, "timestamp fraction needs at least one digit after '.'");
            }
        }

        if (position >= content.Length || content[position] != 'Z')
        {
            return new PatternError(offset + position,
                "timestamp must end with 'Z': pattern timestamps are UTC and take no offset or lower-case 'z'");
        }

        if (position != content.Length - 1)
        {
            return new PatternError(offset + position + 1, "unexpected characters after the 'Z' of the timestamp");
        }

        return CheckRanges(content, offset);
    }

    /// <summary>Orders two checked timestamp contents in time (any fraction precision), like string.Compare.</summary>
    public static int Compare(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        // Fixed-width fields up to the seconds compare as text; fractions compare digit by digit, a missing digit
        // counting as 0, so .5 equals .500 and precedes .51. ':60' correctly sorts after ':59'.
        var whole = left[..Shape.Length].SequenceCompareTo(right[..Shape.Length]);
        if (whole != 0)
        {
            return Math.Sign(whole);
        }

        var leftFraction = Fraction(left);
        var rightFraction = Fraction(right);
        for (var i = 0; i < Math.Max(leftFraction.Length, rightFraction.Length); i++)
        {
            var l = i < leftFraction.Length ? leftFraction[i] : '0';
            var r = i < rightFraction.Length ? rightFraction[i] : '0';
            if (l != r)
            {
                return l < r ? -1 : 1;
            }
        }

        return 0;
    }

    private static ReadOnlySpan<char> Fraction(ReadOnlySpan<char> content) =>
        content.Length > Shape.Length + 1 ? content[(Shape.Length + 1)..^1] : [];

    private static PatternError? CheckRanges(ReadOnlySpan<char> content, int offset)
    {
        var year = Number(content, 0, 4);
        var month = Number(content, 5, 2);
        var day = Number(content, 8, 2);
        var hour = Number(content, 11, 2);
        var minute = Number(content, 14, 2);
        var second = Number(content, 17, 2);
        if (month is < 1 or > 12)
        {
            return new PatternError(offset + 5, $"timestamp month {month:D2} is out of range 01-12");
        }

        var daysInMonth = month == 2 ? (IsLeapYear(year) ? 29 : 28) : month is 4 or 6 or 9 or 11 ? 30 : 31;
        if (day < 1 || day > daysInMonth)
        {
            return new PatternError(offset + 8,
                $"timestamp day {day:D2} does not exist: {year:D4}-{month:D2} has {daysInMonth} days");
        }

        if (hour > 23)
        {
            return new PatternError(offset + 11, $"timestamp hour {hour:D2} is out of range 00-23");
        }

        if (minute > 59)
        {
            return new PatternError(offset + 14, $"timestamp minute {minute:D2} is out of range 00-59");
        }

        if (second > 60 || (second == 60 && (hour != 23 || minute != 59)))
        {
            return new PatternError(offset + 17, second == 60
                ? "timestamp second 60 (a leap second) is only valid at 23:59:60"
                : $"timestamp second {second:D2} is out of range 00-59");
        }

        return null;
    }

    // Proleptic Gregorian, as RFC 3339 uses; also right for year 0000, which DateTime cannot hold.
    private static bool IsLeapYear(int year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    private static int Number(ReadOnlySpan<char> content, int start, int length)
    {
        var value = 0;
        foreach (var c in content.Slice(start, length))
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
