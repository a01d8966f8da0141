using System.Text.Json;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// STIX 2.1 §2.3: lists MUST NOT be empty (omit the property instead). The schemas enforce this for some properties
/// only; this rule reports every empty list anywhere in the object.
/// </summary>
public sealed class EmptyListRule() : EmptyValueRule(JsonValueKind.Array,
    "an empty list is not allowed: omit the property or give it at least one item")
{
    public override string Id => RuleIds.EmptyList;
}
