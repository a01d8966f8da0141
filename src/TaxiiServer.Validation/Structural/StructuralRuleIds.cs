namespace TaxiiServer.Validation.Structural;

/// <summary>Stable ids of the structural checks; partners and logs match on them.</summary>
public static class StructuralRuleIds
{
    public const string NotAnObject = "structure.object";
    public const string Required = "structure.required";
    public const string TypeName = "structure.type";
    public const string IdFormat = "structure.id";
    public const string IdType = "structure.id-type";
    public const string SpecVersion = "structure.spec-version";
    public const string Timestamp = "structure.timestamp";
    public const string Version = "structure.version";
}
