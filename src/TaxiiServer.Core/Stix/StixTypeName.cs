namespace TaxiiServer.Core.Stix;

/// <summary>STIX type names: their syntax and which spec-defined types are SDOs, SROs or SCOs.</summary>
public static class StixTypeName
{
    private static readonly HashSet<string> VersionedSet = new(StringComparer.Ordinal)
    {
        "attack-pattern", "campaign", "course-of-action", "grouping", "identity", "incident", "indicator",
        "infrastructure", "intrusion-set", "location", "malware", "malware-analysis", "note", "observed-data",
        "opinion", "report", "threat-actor", "tool", "vulnerability", "relationship", "sighting",
        "language-content", "extension-definition",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VersionedLookup =
        VersionedSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Domain and relationship objects and the meta objects that carry created/modified.</summary>
    public static readonly IReadOnlySet<string> Versioned = VersionedSet;

    /// <summary>Cyber-observable types defined by STIX 2.1 (versionless unless they carry extensions).</summary>
    public static readonly IReadOnlySet<string> Observables = new HashSet<string>(StringComparer.Ordinal)
    {
        "artifact", "autonomous-system", "directory", "domain-name", "email-addr", "email-message", "file",
        "ipv4-addr", "ipv6-addr", "mac-addr", "mutex", "network-traffic", "process", "software", "url",
        "user-account", "windows-registry-key", "x509-certificate",
    };

    /// <summary>Whether objects of this type must carry created and modified (and so always have a version).</summary>
    public static bool RequiresCreatedAndModified(string type) => VersionedSet.Contains(type);

    /// <summary>As <see cref="RequiresCreatedAndModified(string)"/>, looked up without a string.</summary>
    public static bool RequiresCreatedAndModified(ReadOnlySpan<char> type) => VersionedLookup.Contains(type);

    /// <summary>3 to 250 characters of a-z, 0-9 and hyphen, starting with a letter, no double hyphen.</summary>
    public static bool IsValid(string type) => IsValid(type.AsSpan());

    /// <summary>As <see cref="IsValid(string)"/>, over characters.</summary>
    public static bool IsValid(ReadOnlySpan<char> type)
    {
        if (type.Length is < 3 or > 250 || type[0] is < 'a' or > 'z' || type.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in type)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
