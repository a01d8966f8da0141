namespace TaxiiServer.Validation.Schema.Formats;

/// <summary>RFC 3339 date-time, full-date and full-time, with leap seconds only at 23:59:60 UTC.</summary>
internal static class DateTimeFormat
{
    public static bool IsDateTime(string value)
    {
        var t = value.IndexOfAny(['T', 't']);
        return t == 10 && IsDate(value[..10]) && IsTime(value[11..]);
    }

    public static bool IsDate(string value)
    {
        if (value.Length != 10 || value[4] != '-' || value[7] != '-'
            || !TryDigits(value, 0, 4, out var year) || !TryDigits(value, 5, 2, out var month) || !TryDigits(value, 8, 2, out var day))
        {
            return false;
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Max(year, 1), month);
    }

    public static bool IsTime(string value)
    {
        // partial-time: HH:MM:SS[.frac], then Z or +HH:MM / -HH:MM.
        if (value.Length < 9 || value[2] != ':' || value[5] != ':'
            || !TryDigits(value, 0, 2, out var hour) || !TryDigits(value, 3, 2, out var minute) || !TryDigits(value, 6, 2, out var second))
        {
            return false;
        }

        var i = 8;
        if (i < value.Length && value[i] == '.')
        {
            var start = ++i;
            while (i < value.Length && char.IsAsciiDigit(value[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        if (i >= value.Length)
        {
            return false;
        }

        int offset;
        if (value[i] is 'Z' or 'z' && i == value.Length - 1)
        {
            offset = 0;
        }
        else if (value[i] is '+' or '-' && value.Length - i == 6 && value[i + 3] == ':'
            && TryDigits(value, i + 1, 2, out var offsetHour) && TryDigits(value, i + 4, 2, out var offsetMinute)
            && offsetHour <= 23 && offsetMinute <= 59)
        {
            offset = (offsetHour * 60 + offsetMinute) * (value[i] == '+' ? 1 : -1);
        }
        else
        {
            return false;
        }

        if (hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        if (second == 60)
        {
            var utcMinutes = ((hour * 60 + minute - offset) % 1440 + 1440) % 1440;
            return utcMinutes == 23 * 60 + 59;
        }

        return true;
    }

    private static bool TryDigits(string value, int start, int count, out int number)
    {
        number = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }

            number = number * 10 + (value[i] - '0');
        }

        return true;
    }
}
