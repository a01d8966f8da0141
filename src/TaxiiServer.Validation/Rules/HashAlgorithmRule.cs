using System.Runtime.InteropServices;
using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// STIX 2.1 §6 (artifact, file, alternate data streams, PE binary, PE optional header and sections, x509-certificate)
/// and §2.5 (external references): keys of <c>hashes</c> dictionaries MUST come from hash-algorithm-ov. The vocabulary
/// is open (§2.7: the name SHOULD come from it), so custom algorithm names (<c>x_acme_hash</c>, <c>imphash</c>) are
/// accepted; what is refused is a vocabulary algorithm written another way (<c>sha256</c>, <c>SHA256</c>, <c>md5</c>),
/// which consumers matching <c>SHA-256</c> would miss and which escapes the value checks of the schemas.
/// </summary>
public sealed class HashAlgorithmRule : IValidationRule, IPropertyVisitor
{
    private readonly ObjectTreeWalk walk;

    public HashAlgorithmRule() => walk = new ObjectTreeWalk([this]);

    public string Id => RuleIds.HashAlgorithm;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        walk.Run(stixObject, problems);

    void IPropertyVisitor.VisitProperty(JsonProperty property, KeyRole role, JsonPath path, List<ValidationProblem> problems)
    {
        if (role != KeyRole.PropertyName || property.Value.ValueKind != JsonValueKind.Object || !IsHashesName(property))
        {
            return;
        }

        foreach (var entry in property.Value.EnumerateObject())
        {
            if (HashAlgorithmNames.MisspelledVocabularyName(JsonMarshal.GetRawUtf8PropertyName(entry)) is { } name)
            {
                problems.Add(new ValidationProblem(Id, JsonPointer.Append(path.ToPointer(), entry.Name),
                    $"hash algorithm {Brief.Quote(entry.Name)} must be written '{name}', as hash-algorithm-ov names it"));
            }
        }
    }

    private static bool IsHashesName(JsonProperty property)
    {
        var name = JsonMarshal.GetRawUtf8PropertyName(property);
        return name.SequenceEqual("hashes"u8) || name.SequenceEqual("file_header_hashes"u8);
    }
}
