using TaxiiServer.Core.Access;
using TaxiiServer.Core.Stix;

namespace TaxiiServer.Core.Storage;

/// <summary>
/// A filtered page of the audit trail, newest first. <see cref="Since"/> is inclusive, <see cref="Until"/> exclusive;
/// <see cref="Cursor"/> is the <see cref="AuditPage.Next"/> of the previous page.
/// </summary>
public sealed record AuditQuery(
    string? Actor = null,
    string? Action = null,
    TaxiiTimestamp? Since = null,
    TaxiiTimestamp? Until = null,
    int Limit = 100,
    AuditCursor? Cursor = null);

/// <summary>Where a page of the audit trail stopped: the last record's (timestamp, id).</summary>
public sealed record AuditCursor(TaxiiTimestamp Timestamp, string Id)
{
    /// <summary>The opaque text form handed to clients: <c>&lt;microseconds&gt;.&lt;id&gt;</c>.</summary>
    public override string ToString() =>
        Timestamp.Microseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + Id;

    public static bool TryParse(string? text, out AuditCursor? cursor)
    {
        cursor = null;
        var dot = text?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (dot <= 0 || dot == text!.Length - 1 ||
            !long.TryParse(text.AsSpan(0, dot), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var micros))
        {
            return false;
        }

        cursor = new AuditCursor(new TaxiiTimestamp(micros), text[(dot + 1)..]);
        return true;
    }
}

/// <summary>One page of audit records; <see cref="Next"/> is null on the last page.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRecord> Records, AuditCursor? Next);
