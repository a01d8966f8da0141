namespace TaxiiServer.Validation.Rules;

/// <summary>
/// The STIX 2.1 embedded references and the types each may point at. A path is property names from the object's top
/// level; <c>*</c> steps into each item of a list.
/// </summary>
internal static class RefTypeTable
{
    private static readonly RefTarget Software = RefTarget.OneOf("software");
    private static readonly RefTarget UserAccount = RefTarget.OneOf("user-account");
    private static readonly RefTarget Artifact = RefTarget.OneOf("artifact");
    private static readonly RefTarget File = RefTarget.OneOf("file");
    private static readonly RefTarget NetworkTraffic = RefTarget.OneOf("network-traffic");
    private static readonly RefTarget EmailAddr = RefTarget.OneOf("email-addr");
    private static readonly RefTarget FileOrDirectory = RefTarget.OneOf("file", "directory");
    private static readonly RefTarget MarkingDefinition = RefTarget.OneOf("marking-definition");

    /// <summary>References every object type may carry.</summary>
    public static readonly RefSpec[] Common =
    [
        new(["created_by_ref"], RefTarget.OneOf("identity")),
        new(["object_marking_refs"], MarkingDefinition),
        new(["granular_markings", "*", "marking_ref"], MarkingDefinition),
    ];

    public static readonly Dictionary<string, RefSpec[]> ByType = new(StringComparer.Ordinal)
    {
        ["relationship"] = [new(["source_ref"], RefTarget.SdoOrSco), new(["target_ref"], RefTarget.SdoOrSco)],
        ["sighting"] =
        [
            new(["sighting_of_ref"], RefTarget.Sdo),
            new(["observed_data_refs"], RefTarget.OneOf("observed-data")),
            new(["where_sighted_refs"], RefTarget.OneOf("identity", "location")),
        ],
        ["malware"] = [new(["sample_refs"], RefTarget.OneOf("file", "artifact")), new(["operating_system_refs"], Software)],
        ["malware-analysis"] =
        [
            new(["host_vm_ref"], Software),
            new(["operating_system_ref"], Software),
            new(["installed_software_refs"], Software),
            new(["analysis_sco_refs"], RefTarget.Sco),
            new(["sample_ref"], RefTarget.OneOf("file", "network-traffic", "artifact")),
        ],
        ["note"] = [new(["object_refs"], RefTarget.AnyObject)],
        ["opinion"] = [new(["object_refs"], RefTarget.AnyObject)],
        ["report"] = [new(["object_refs"], RefTarget.AnyObject)],
        ["grouping"] = [new(["object_refs"], RefTarget.AnyObject)],
        ["observed-data"] = [new(["object_refs"], RefTarget.ScoOrSro)],
        ["language-content"] = [new(["object_ref"], RefTarget.AnyObject)],
        ["network-traffic"] =
        [
            new(["src_ref"], RefTarget.OneOf("ipv4-addr", "ipv6-addr", "mac-addr", "domain-name")),
            new(["dst_ref"], RefTarget.OneOf("ipv4-addr", "ipv6-addr", "mac-addr", "domain-name")),
            new(["src_payload_ref"], Artifact),
            new(["dst_payload_ref"], Artifact),
            new(["encapsulates_refs"], NetworkTraffic),
            new(["encapsulated_by_ref"], NetworkTraffic),
            new(["extensions", "http-request-ext", "message_body_data_ref"], Artifact),
        ],
        ["email-message"] =
        [
            new(["from_ref"], EmailAddr),
            new(["sender_ref"], EmailAddr),
            new(["to_refs"], EmailAddr),
            new(["cc_refs"], EmailAddr),
            new(["bcc_refs"], EmailAddr),
            new(["raw_email_ref"], Artifact),
            new(["body_multipart", "*", "body_raw_ref"], RefTarget.OneOf("artifact", "file")),
        ],
        ["email-addr"] = [new(["belongs_to_ref"], UserAccount)],
        ["process"] =
        [
            new(["image_ref"], File),
            new(["parent_ref"], RefTarget.OneOf("process")),
            new(["child_refs"], RefTarget.OneOf("process")),
            new(["opened_connection_refs"], NetworkTraffic),
            new(["creator_user_ref"], UserAccount),
            new(["extensions", "windows-service-ext", "service_dll_refs"], File),
        ],
        ["file"] =
        [
            new(["parent_directory_ref"], RefTarget.OneOf("directory")),
            new(["contains_refs"], RefTarget.Sco),
            new(["content_ref"], Artifact),
            new(["extensions", "archive-ext", "contains_refs"], FileOrDirectory),
        ],
        ["directory"] = [new(["contains_refs"], FileOrDirectory)],
        ["domain-name"] = [new(["resolves_to_refs"], RefTarget.OneOf("ipv4-addr", "ipv6-addr", "domain-name"))],
        ["ipv4-addr"] = [new(["resolves_to_refs"], RefTarget.OneOf("mac-addr")), new(["belongs_to_refs"], RefTarget.OneOf("autonomous-system"))],
        ["ipv6-addr"] = [new(["resolves_to_refs"], RefTarget.OneOf("mac-addr")), new(["belongs_to_refs"], RefTarget.OneOf("autonomous-system"))],
        ["windows-registry-key"] = [new(["creator_user_ref"], UserAccount)],
    };

    /// <summary><see cref="ByType"/> indexed by <see cref="StixType.Index"/>.</summary>
    public static readonly RefSpec[]?[] ByTypeIndex = StixTypes.Table(ByType);
}

/// <summary>One embedded reference property (a single id or a list of ids) and its allowed targets.</summary>
internal sealed record RefSpec(string[] Path, RefTarget Target)
{
    public byte[][] Utf8Path { get; } = Array.ConvertAll(Path, System.Text.Encoding.UTF8.GetBytes);

    public string PropertyName => Path[^1];
}
