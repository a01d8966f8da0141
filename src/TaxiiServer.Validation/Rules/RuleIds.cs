namespace TaxiiServer.Validation.Rules;

/// <summary>Stable ids of the STIX 2.1 MUST rules; partners and logs match on them, so never rename one.</summary>
public static class RuleIds
{
    public const string ModifiedBeforeCreated = "spec.modified-before-created";
    public const string TimestampOrder = "spec.timestamp-order";
    public const string Timestamp = "spec.timestamp";
    public const string PropertyName = "spec.property-name";
    public const string RefType = "spec.ref-type";
    public const string GranularSelector = "spec.granular-selector";
    public const string GranularMarkingExclusive = "spec.granular-marking-exclusive";
    public const string MarkingSelfReference = "spec.marking-self-reference";
    public const string EmptyList = "spec.empty-list";
    public const string EmptyDictionary = "spec.empty-dictionary";
    public const string LanguageTag = "spec.language-tag";
    public const string BundleInBundle = "spec.bundle-in-bundle";
    public const string EncWithoutName = "spec.enc-without-name";
    public const string ScoUuidVersion = "spec.sco-uuid-version";
    public const string ExtensionDefinitionCreatedBy = "spec.extension-definition-created-by";
    public const string CustomObject = "spec.custom-object-name";
    public const string CustomProperty = "spec.custom-property";
}
