using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// file <c>name_enc</c> MUST NOT be present without <c>name</c>; file and directory <c>path_enc</c> MUST NOT be
/// present without <c>path</c>: an encoding says how the missing value was decoded.
/// </summary>
public sealed class EncWithoutNameRule : IValidationRule, IViewRule
{
    public string Id => RuleIds.EncWithoutName;

    private static readonly StixType File = StixTypes.Get("file");
    private static readonly StixType Directory = StixTypes.Get("directory");

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        StixObjectView.CheckOne(this, stixObject, context, problems);

    void IViewRule.Check(StixObjectView view, RuleContext context, List<ValidationProblem> problems)
    {
        var type = view.Type;
        if (type == File)
        {
            Require(view, "name_enc"u8, "name"u8, "/name_enc", "name", problems);
        }
        else if (type == Directory)
        {
            Require(view, "path_enc"u8, "path"u8, "/path_enc", "path", problems);
        }
    }

    private void Require(StixObjectView view, ReadOnlySpan<byte> encoding, ReadOnlySpan<byte> owner, string pointer,
        string ownerName, List<ValidationProblem> problems)
    {
        if (view.Has(encoding) && !view.Has(owner))
        {
            problems.Add(new ValidationProblem(Id, pointer,
                $"'{pointer[1..]}' is present without '{ownerName}'; add '{ownerName}' or remove '{pointer[1..]}'"));
        }
    }
}
