using System.Text;

namespace TaxiiServer.Validation.Schema.Formats;

/// <summary>RFC 3492 Punycode, over code points, used to check A-labels and the length of U-labels.</summary>
internal static class Punycode
{
    private const int Base = 36;
    private const int TMin = 1;
    private const int TMax = 26;
    private const int Skew = 38;
    private const int Damp = 700;
    private const int InitialBias = 72;
    private const int InitialN = 128;

    public static bool TryDecode(string input, out string output)
    {
        output = string.Empty;
        var codePoints = new List<int>();
        var delimiter = input.LastIndexOf('-');
        var position = 0;
        if (delimiter >= 0)
        {
            foreach (var c in input.AsSpan(0, delimiter))
            {
                if (c >= 0x80)
                {
                    return false;
                }

                codePoints.Add(c);
            }

            position = delimiter + 1;
        }

        int n = InitialN, i = 0, bias = InitialBias;
        while (position < input.Length)
        {
            var oldI = i;
            var w = 1;
            for (var k = Base; ; k += Base)
            {
                if (position >= input.Length)
                {
                    return false;
                }

                var digit = DigitValue(input[position++]);
                if (digit < 0 || digit > (int.MaxValue - i) / w)
                {
                    return false;
                }

                i += digit * w;
                var t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                if (digit < t)
                {
                    break;
                }

                if (w > int.MaxValue / (Base - t))
                {
                    return false;
                }

                w *= Base - t;
            }

            bias = Adapt(i - oldI, codePoints.Count + 1, oldI == 0);
            if (i / (codePoints.Count + 1) > int.MaxValue - n)
            {
                return false;
            }

            n += i / (codePoints.Count + 1);
            i %= codePoints.Count + 1;
            if (n > 0x10FFFF || n is >= 0xD800 and <= 0xDFFF)
            {
                return false;
            }

            codePoints.Insert(i++, n);
        }

        var builder = new StringBuilder(codePoints.Count);
        foreach (var cp in codePoints)
        {
            builder.Append(char.ConvertFromUtf32(cp));
        }

        output = builder.ToString();
        return true;
    }

    public static string Encode(string input)
    {
        var codePoints = new List<int>();
        for (var j = 0; j < input.Length; j++)
        {
            var cp = char.ConvertToUtf32(input, j);
            if (cp > 0xFFFF)
            {
                j++;
            }

            codePoints.Add(cp);
        }

        var output = new StringBuilder();
        foreach (var cp in codePoints.Where(c => c < 0x80))
        {
            output.Append((char)cp);
        }

        var basic = output.Length;
        var handled = basic;
        if (basic > 0)
        {
            output.Append('-');
        }

        int n = InitialN, delta = 0, bias = InitialBias;
        while (handled < codePoints.Count)
        {
            var m = codePoints.Where(c => c >= n).Min();
            delta += (m - n) * (handled + 1);
            n = m;
            foreach (var c in codePoints)
            {
                if (c < n)
                {
                    delta++;
                }

                if (c != n)
                {
                    continue;
                }

                var q = delta;
                for (var k = Base; ; k += Base)
                {
                    var t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                    if (q < t)
                    {
                        break;
                    }

                    output.Append(DigitChar(t + ((q - t) % (Base - t))));
                    q = (q - t) / (Base - t);
                }

                output.Append(DigitChar(q));
                bias = Adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled++;
            }

            delta++;
            n++;
        }

        return output.ToString();
    }

    private static int Adapt(int delta, int points, bool first)
    {
        delta = first ? delta / Damp : delta / 2;
        delta += delta / points;
        var k = 0;
        while (delta > ((Base - TMin) * TMax) / 2)
        {
            delta /= Base - TMin;
            k += Base;
        }

        return k + ((Base - TMin + 1) * delta / (delta + Skew));
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0' + 26,
        >= 'a' and <= 'z' => c - 'a',
        >= 'A' and <= 'Z' => c - 'A',
        _ => -1,
    };

    private static char DigitChar(int d) => (char)(d < 26 ? 'a' + d : '0' + d - 26);
}
