namespace TaxiiServer.Core.Stix;

/// <summary>
/// An object version as TAXII sees it: the text the producer wrote (<c>modified</c>, <c>created</c>, or for objects
/// with neither the date_added of the id's first arrival) and a fixed-width key that orders versions in time.
/// </summary>
public sealed record StixVersion(string Text, string SortKey)
{
    public static bool TryParse(string? text, out StixVersion version)
    {
        version = null!;
        if (!RfcTimestamp.TryParse(text, out var parsed))
        {
            return false;
        }

        version = new StixVersion(text!, parsed.SortKey);
        return true;
    }

    public static StixVersion FromDateAdded(TaxiiTimestamp dateAdded)
    {
        var text = dateAdded.ToString();
        return TryParse(text, out var version)
            ? version
            : throw new InvalidOperationException($"'{text}' did not round-trip as a timestamp.");
    }
}
