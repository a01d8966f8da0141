using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TaxiiServer.Core.Errors;
using TaxiiServer.Core.Stix;

namespace TaxiiServer.Application.Query;

/// <summary>
/// The opaque, stateless <c>next</c> token: the date_added of the last record served plus a digest of the filters
/// it was issued for. Any node can continue from it because date_added is strictly increasing per collection;
/// presenting it with other filters is a 400.
/// </summary>
public static class PageCursor
{
    private const string Prefix = "v1";

    public static string Encode(string filterSignature, TaxiiTimestamp lastDateAdded)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{Prefix}.{Digest(filterSignature)}.{lastDateAdded.Microseconds}");
        return Base64Url.EncodeToString(Encoding.ASCII.GetBytes(text));
    }

    public static Result<TaxiiTimestamp> Decode(string token, string filterSignature)
    {
        string text;
        try
        {
            text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            return Invalid();
        }

        var parts = text.Split('.');
        if (parts.Length != 3 || parts[0] != Prefix ||
            !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var micros))
        {
            return Invalid();
        }

        if (parts[1] != Digest(filterSignature))
        {
            return new TaxiiProblem(TaxiiErrorCode.InvalidCursor,
                "This next token was issued for other filters; repeat the original filters with it, or start again without next.");
        }

        return new TaxiiTimestamp(micros);
    }

    private static TaxiiProblem Invalid() =>
        new(TaxiiErrorCode.InvalidCursor, "The next token is not one this server issued.");

    private static string Digest(string signature) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(signature)).AsSpan(0, 12));
}
