using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// A rule against empty values of one JSON kind anywhere in the object. Run alone, it walks the object itself; in
/// the rule set, one shared walk visits the object once for every such rule.
/// </summary>
public abstract class EmptyValueRule : IValidationRule, IEmptyValueVisitor
{
    private readonly ObjectTreeWalk walk;
    private readonly JsonValueKind kind;
    private readonly string reason;

    private protected EmptyValueRule(JsonValueKind kind, string reason)
    {
        this.kind = kind;
        this.reason = reason;
        walk = new ObjectTreeWalk([this]);
    }

    public abstract string Id { get; }

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        walk.Run(stixObject, problems);

    void IEmptyValueVisitor.VisitEmpty(JsonValueKind kind, JsonPath path, List<ValidationProblem> problems)
    {
        if (kind == this.kind)
        {
            problems.Add(new ValidationProblem(Id, path.ToPointer(), reason));
        }
    }
}
