using System.Runtime.InteropServices;
using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// STIX 2.1 §3.1: property names, custom ones and those inside extensions and nested objects included, MUST be
/// 3–250 characters of ASCII <c>a-z</c>, <c>0-9</c> and <c>_</c> starting with a letter (<c>id</c> excepted). The
/// schemas' pattern looks at the first three characters only, so <c>x_acme_riskScore</c> gets through them.
/// Keys of dictionaries (see <see cref="DictionaryProperties"/>) follow other rules and are skipped.
/// </summary>
public sealed class PropertyNameRule : IValidationRule, IPropertyVisitor
{
    private readonly ObjectTreeWalk walk;

    public PropertyNameRule() => walk = new ObjectTreeWalk([this]);

    public string Id => RuleIds.PropertyName;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        walk.Run(stixObject, problems);

    void IPropertyVisitor.VisitProperty(JsonProperty property, KeyRole role, JsonPath path, List<ValidationProblem> problems)
    {
        if (role == KeyRole.PropertyName && !IsValidName(property))
        {
            problems.Add(new ValidationProblem(Id, path.ToPointer(),
                $"property name {Brief.Quote(property.Name)} is not allowed: names must be 3-250 characters of a-z, 0-9 and '_', starting with a letter"));
        }
    }

    private static bool IsValidName(JsonProperty property)
    {
        var name = JsonMarshal.GetRawUtf8PropertyName(property);
        if (name.Contains((byte)'\\'))
        {
            // An escaped name is rare; decode it rather than judge the escape sequence.
            return IsValidName(property.Name);
        }

        if (name.SequenceEqual("id"u8))
        {
            return true;
        }

        if (name.Length is < 3 or > 250 || name[0] is < (byte)'a' or > (byte)'z')
        {
            return false;
        }

        foreach (var b in name)
        {
            if (b is not ((>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9') or (byte)'_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsValidName(string name)
    {
        if (name == "id")
        {
            return true;
        }

        if (name.Length is < 3 or > 250 || name[0] is < 'a' or > 'z')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
