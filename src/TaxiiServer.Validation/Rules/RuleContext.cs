namespace TaxiiServer.Validation.Rules;

/// <summary>The collection policy the MUST rules depend on.</summary>
/// <param name="AcceptsCustomObjects">
/// Whether objects of types the STIX 2.1 specification does not define (<c>x-acme-widget</c>, ATT&amp;CK's
/// <c>x-mitre-*</c>, types introduced by extension-definitions) are accepted. Default true.
/// </param>
/// <param name="AcceptsCustomProperties">
/// Whether top-level properties the specification does not define for an object's type are accepted. Default true.
/// Objects that use a <c>toplevel-property-extension</c> are exempt, since their extra properties come from it.
/// </param>
public sealed record RuleContext(bool AcceptsCustomObjects = true, bool AcceptsCustomProperties = true)
{
    /// <summary>Accepts custom objects and properties (when they are well named).</summary>
    public static RuleContext Default { get; } = new();
}
