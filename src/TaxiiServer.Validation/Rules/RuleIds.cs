namespace TaxiiServer.Validation.Rules;

/// <summary>Stable ids of the STIX 2.1 MUST rules; partners and logs match on them, so never rename one.</summary>
public static class RuleIds
{
    /// <summary><c>modified</c> is earlier than <c>created</c>.</summary>
    public const string ModifiedBeforeCreated = "spec.modified-before-created";

    /// <summary>valid_until/valid_from, last_seen/first_seen, last_observed/first_observed, stop_time/start_time or end/start out of order.</summary>
    public const string TimestampOrder = "spec.timestamp-order";

    /// <summary>A timestamp property other than created/modified is not a real UTC instant (such as February 30th).</summary>
    public const string Timestamp = "spec.timestamp";

    /// <summary>A property name is not 3-250 characters of a-z, 0-9 and '_' starting with a letter.</summary>
    public const string PropertyName = "spec.property-name";

    /// <summary>An embedded reference points at an object type the property does not allow, or is not an identifier.</summary>
    public const string RefType = "spec.ref-type";

    /// <summary>A granular-marking selector does not resolve to content of the object.</summary>
    public const string GranularSelector = "spec.granular-selector";

    /// <summary>A granular marking has both or neither of <c>lang</c> and <c>marking_ref</c>.</summary>
    public const string GranularMarkingExclusive = "spec.granular-marking-exclusive";

    /// <summary>A marking-definition marks itself.</summary>
    public const string MarkingSelfReference = "spec.marking-self-reference";

    /// <summary>An empty list.</summary>
    public const string EmptyList = "spec.empty-list";

    /// <summary>An empty dictionary (or nested object).</summary>
    public const string EmptyDictionary = "spec.empty-dictionary";

    /// <summary>A <c>lang</c> value or language-content <c>contents</c> key is not an RFC 5646 language tag.</summary>
    public const string LanguageTag = "spec.language-tag";

    /// <summary>An object of type <c>bundle</c> inside an envelope.</summary>
    public const string BundleInBundle = "spec.bundle-in-bundle";

    /// <summary>file <c>name_enc</c> without <c>name</c>, or directory <c>path_enc</c> without <c>path</c>.</summary>
    public const string EncWithoutName = "spec.enc-without-name";

    /// <summary>An SCO with none of its ID-contributing properties whose id is not a UUIDv4.</summary>
    public const string ScoUuidVersion = "spec.sco-uuid-version";

    /// <summary>An extension-definition without <c>created_by_ref</c>.</summary>
    public const string ExtensionDefinitionCreatedBy = "spec.extension-definition-created-by";

    /// <summary>Policy: a type STIX 2.1 does not define, in a collection that does not accept custom objects.</summary>
    public const string CustomObject = "spec.custom-object";

    /// <summary>Policy: a top-level property STIX 2.1 does not define for the type, in a collection that does not accept custom properties.</summary>
    public const string CustomProperty = "spec.custom-property";

    // Section 6 (cyber-observable objects and their predefined extensions). Kept as one block, apart from the ids
    // above, so that rules of other sections can be added without touching these lines.

    /// <summary>A <c>hashes</c> key that names a hash-algorithm-ov algorithm in another spelling (<c>sha256</c> for <c>SHA-256</c>).</summary>
    public const string HashAlgorithm = "spec.hash-algorithm";

    /// <summary>A file or artifact <c>mime_type</c>, or an email <c>content_type</c>, that is not an IANA-style media type.</summary>
    public const string MediaType = "spec.media-type";

    /// <summary>A software <c>languages</c> entry that is not an RFC 5646 language tag.</summary>
    public const string SoftwareLanguageTag = "spec.software-language-tag";

    /// <summary>An email-message header value still holding RFC 2047 encoded-words (<c>=?utf-8?q?...?=</c>), which must be decoded.</summary>
    public const string EmailHeaderDecoded = "spec.email-header-decoded";
}
