using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// file <c>name_enc</c> MUST NOT be present without <c>name</c>; file and directory <c>path_enc</c> MUST NOT be
/// present without <c>path</c>: an encoding says how the missing value was decoded.
/// </summary>
public sealed class EncWithoutNameRule : IValidationRule
{
    public string Id => RuleIds.EncWithoutName;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems)
    {
        if (stixObject.ValueKind != JsonValueKind.Object || !stixObject.TryGetProperty("type"u8, out var type))
        {
            return;
        }

        if (type.ValueEquals("file"u8))
        {
            Require(stixObject, "name_enc"u8, "name"u8, "/name_enc", "name", problems);
        }
        else if (type.ValueEquals("directory"u8))
        {
            Require(stixObject, "path_enc"u8, "path"u8, "/path_enc", "path", problems);
        }
    }

    private void Require(JsonElement obj, ReadOnlySpan<byte> encoding, ReadOnlySpan<byte> owner, string pointer,
        string ownerName, List<ValidationProblem> problems)
    {
        if (obj.TryGetProperty(encoding, out _) && !obj.TryGetProperty(owner, out _))
        {
            problems.Add(new ValidationProblem(Id, pointer,
                $"'{pointer[1..]}' is present without '{ownerName}'; add '{ownerName}' or remove '{pointer[1..]}'"));
        }
    }
}
