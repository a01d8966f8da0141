using System.Text.Json;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// STIX 2.1 §2.12: dictionaries MUST NOT be empty (omit the property instead). Every empty JSON object below the
/// top level is reported: each spec-defined nested object type also requires at least one property.
/// </summary>
public sealed class EmptyDictionaryRule() : EmptyValueRule(JsonValueKind.Object,
    "an empty dictionary or object is not allowed: omit the property or give it at least one entry")
{
    public override string Id => RuleIds.EmptyDictionary;
}
