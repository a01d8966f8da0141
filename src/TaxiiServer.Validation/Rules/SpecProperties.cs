namespace TaxiiServer.Validation.Rules;

/// <summary>The top-level properties STIX 2.1 defines for each object type (common properties included).</summary>
internal static class SpecProperties
{
    private static readonly string[] DomainCommon =
    [
        "type", "spec_version", "id", "created_by_ref", "created", "modified", "revoked", "labels", "confidence",
        "lang", "external_references", "object_marking_refs", "granular_markings", "extensions",
    ];

    private static readonly string[] ObservableCommon =
    [
        "type", "spec_version", "id", "object_marking_refs", "granular_markings", "defanged", "extensions",
    ];

    public static readonly Dictionary<string, HashSet<string>> ByType = new(StringComparer.Ordinal)
    {
        ["attack-pattern"] = Domain("name", "description", "aliases", "kill_chain_phases"),
        ["campaign"] = Domain("name", "description", "aliases", "first_seen", "last_seen", "objective"),
        ["course-of-action"] = Domain("name", "description", "action"),
        ["grouping"] = Domain("name", "description", "context", "object_refs"),
        ["identity"] = Domain("name", "description", "roles", "identity_class", "sectors", "contact_information"),
        ["incident"] = Domain("name", "description", "kill_chain_phases"),
        ["indicator"] = Domain("name", "description", "indicator_types", "pattern", "pattern_type", "pattern_version",
            "valid_from", "valid_until", "kill_chain_phases"),
        ["infrastructure"] = Domain("name", "description", "infrastructure_types", "aliases", "kill_chain_phases",
            "first_seen", "last_seen"),
        ["intrusion-set"] = Domain("name", "description", "aliases", "first_seen", "last_seen", "goals",
            "resource_level", "primary_motivation", "secondary_motivations"),
        ["location"] = Domain("name", "description", "latitude", "longitude", "precision", "region", "country",
            "administrative_area", "city", "street_address", "postal_code"),
        ["malware"] = Domain("name", "description", "malware_types", "is_family", "aliases", "kill_chain_phases",
            "first_seen", "last_seen", "operating_system_refs", "architecture_execution_envs",
            "implementation_languages", "capabilities", "sample_refs"),
        ["malware-analysis"] = Domain("product", "version", "host_vm_ref", "operating_system_ref",
            "installed_software_refs", "configuration_version", "modules", "analysis_engine_version",
            "analysis_definition_version", "submitted", "analysis_started", "analysis_ended", "result_name", "result",
            "analysis_sco_refs", "sample_ref"),
        ["note"] = Domain("abstract", "content", "authors", "object_refs"),
        ["observed-data"] = Domain("first_observed", "last_observed", "number_observed", "objects", "object_refs"),
        ["opinion"] = Domain("explanation", "authors", "opinion", "object_refs"),
        ["report"] = Domain("name", "description", "report_types", "published", "object_refs"),
        ["threat-actor"] = Domain("name", "description", "threat_actor_types", "aliases", "first_seen", "last_seen",
            "roles", "goals", "sophistication", "resource_level", "primary_motivation", "secondary_motivations",
            "personal_motivations"),
        ["tool"] = Domain("name", "description", "tool_types", "aliases", "kill_chain_phases", "tool_version"),
        ["vulnerability"] = Domain("name", "description"),
        ["relationship"] = Domain("relationship_type", "description", "source_ref", "target_ref", "start_time", "stop_time"),
        ["sighting"] = Domain("description", "first_seen", "last_seen", "count", "sighting_of_ref",
            "observed_data_refs", "where_sighted_refs", "summary"),
        ["language-content"] = Domain("object_ref", "object_modified", "contents"),
        ["marking-definition"] = Set("type", "spec_version", "id", "created_by_ref", "created", "external_references",
            "object_marking_refs", "granular_markings", "extensions", "name", "definition_type", "definition"),
        ["extension-definition"] = Set("type", "spec_version", "id", "created_by_ref", "created", "modified", "revoked",
            "labels", "external_references", "object_marking_refs", "granular_markings", "name", "description",
            "schema", "version", "extension_types", "extension_properties"),
        ["artifact"] = Observable("mime_type", "payload_bin", "url", "hashes", "encryption_algorithm", "decryption_key"),
        ["autonomous-system"] = Observable("number", "name", "rir"),
        ["directory"] = Observable("path", "path_enc", "ctime", "mtime", "atime", "contains_refs"),
        ["domain-name"] = Observable("value", "resolves_to_refs"),
        ["email-addr"] = Observable("value", "display_name", "belongs_to_ref"),
        ["email-message"] = Observable("is_multipart", "date", "content_type", "from_ref", "sender_ref", "to_refs",
            "cc_refs", "bcc_refs", "message_id", "subject", "received_lines", "additional_header_fields", "body",
            "body_multipart", "raw_email_ref"),
        ["file"] = Observable("hashes", "size", "name", "name_enc", "magic_number_hex", "mime_type", "ctime", "mtime",
            "atime", "parent_directory_ref", "contains_refs", "content_ref"),
        ["ipv4-addr"] = Observable("value", "resolves_to_refs", "belongs_to_refs"),
        ["ipv6-addr"] = Observable("value", "resolves_to_refs", "belongs_to_refs"),
        ["mac-addr"] = Observable("value"),
        ["mutex"] = Observable("name"),
        ["network-traffic"] = Observable("start", "end", "is_active", "src_ref", "dst_ref", "src_port", "dst_port",
            "protocols", "src_byte_count", "dst_byte_count", "src_packets", "dst_packets", "ipfix", "src_payload_ref",
            "dst_payload_ref", "encapsulates_refs", "encapsulated_by_ref"),
        ["process"] = Observable("is_hidden", "pid", "created_time", "cwd", "command_line", "environment_variables",
            "opened_connection_refs", "creator_user_ref", "image_ref", "parent_ref", "child_refs"),
        ["software"] = Observable("name", "cpe", "swid", "languages", "vendor", "version"),
        ["url"] = Observable("value"),
        ["user-account"] = Observable("user_id", "credential", "account_login", "account_type", "display_name",
            "is_service_account", "is_privileged", "can_escalate_privs", "is_disabled", "account_created",
            "account_expires", "credential_last_changed", "account_first_login", "account_last_login"),
        ["windows-registry-key"] = Observable("key", "values", "modified_time", "creator_user_ref", "number_of_subkeys"),
        ["x509-certificate"] = Observable("is_self_signed", "hashes", "version", "serial_number", "signature_algorithm",
            "issuer", "validity_not_before", "validity_not_after", "subject", "subject_public_key_algorithm",
            "subject_public_key_modulus", "subject_public_key_exponent", "x509_v3_extensions"),
    };

    private static HashSet<string> Domain(params string[] specific) => Set([.. DomainCommon, .. specific]);

    private static HashSet<string> Observable(params string[] specific) => Set([.. ObservableCommon, .. specific]);

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
