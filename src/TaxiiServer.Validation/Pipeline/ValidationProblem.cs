namespace TaxiiServer.Validation.Pipeline;

/// <summary>
/// One reason an object was rejected: a stable rule id, the JSON pointer (Location) of the offending value inside the object,
/// and a reason a person can act on. Rendered as <c>&lt;rule&gt; at &lt;pointer&gt;: &lt;reason&gt;</c>.
/// </summary>
public sealed record ValidationProblem(string RuleId, string Location, string Message)
{
    public override string ToString() => $"{RuleId} at {(Location.Length == 0 ? "/" : Location)}: {Message}";
}
