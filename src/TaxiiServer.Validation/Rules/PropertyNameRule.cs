using System.Buffers;
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
    private static readonly SearchValues<byte> NameBytes = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_"u8);

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
        if (IsValidName(name))
        {
            return true;
        }

        // A backslash is never allowed, so only a name that fails can be an escape sequence for a valid one: that
        // rare name is decoded and judged again.
        return name.Contains((byte)'\\') && IsValidName(property.Name);
    }

    private static bool IsValidName(ReadOnlySpan<byte> name) =>
        (name.Length is >= 3 and <= 250 && name[0] is >= (byte)'a' and <= (byte)'z' && !name.ContainsAnyExcept(NameBytes))
        || name.SequenceEqual("id"u8);

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
