using System.Text;
using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// STIX 2.1 §2.9: an SCO whose ID-contributing properties are all absent (always so for process) MUST use a UUIDv4
/// id. A deterministic UUIDv5 is not recomputed here: producers may legitimately hash values this server cannot
/// reproduce byte for byte (canonicalisation differences), so only the version digit of the no-property case is checked.
/// </summary>
public sealed class ScoUuidVersionRule : IValidationRule, IViewRule
{
    private static readonly Dictionary<string, byte[][]> Contributing = new(StringComparer.Ordinal)
    {
        ["artifact"] = Utf8("hashes", "payload_bin"),
        ["autonomous-system"] = Utf8("number"),
        ["directory"] = Utf8("path"),
        ["domain-name"] = Utf8("value"),
        ["email-addr"] = Utf8("value"),
        ["email-message"] = Utf8("from_ref", "subject", "body"),
        ["file"] = Utf8("hashes", "name", "extensions", "parent_directory_ref"),
        ["ipv4-addr"] = Utf8("value"),
        ["ipv6-addr"] = Utf8("value"),
        ["mac-addr"] = Utf8("value"),
        ["mutex"] = Utf8("name"),
        ["network-traffic"] = Utf8("start", "end", "src_ref", "dst_ref", "src_port", "dst_port", "protocols", "extensions"),
        ["process"] = [],
        ["software"] = Utf8("name", "cpe", "swid", "vendor", "version"),
        ["url"] = Utf8("value"),
        ["user-account"] = Utf8("account_type", "user_id", "account_login"),
        ["windows-registry-key"] = Utf8("key", "values"),
        ["x509-certificate"] = Utf8("hashes", "serial_number"),
    };

    private static readonly byte[][]?[] ByTypeIndex = StixTypes.Table(Contributing);

    public string Id => RuleIds.ScoUuidVersion;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        StixObjectView.CheckOne(this, stixObject, context, problems);

    void IViewRule.Check(StixObjectView view, RuleContext context, List<ValidationProblem> problems)
    {
        if (view.Type is not { } type || ByTypeIndex[type.Index] is not { } properties)
        {
            return;
        }

        foreach (var name in properties)
        {
            if (view.Has(name))
            {
                return;
            }
        }

        Span<char> idBuffer = stackalloc char[JsonText.BufferLength];
        var id = view.Chars("id"u8, idBuffer);
        if (!IdText.TrySplit(id, out _, out var uuid) || IdText.VersionDigit(uuid) == '4')
        {
            return;
        }

        var which = properties.Length == 0
            ? $"a {type} has no ID-contributing properties"
            : $"this {type} has none of its ID-contributing properties ({string.Join(", ", Array.ConvertAll(properties, p => Encoding.UTF8.GetString(p)))})";
        problems.Add(new ValidationProblem(Id, "/id",
            $"{which}, so its id must use a version 4 (random) UUID, but {Brief.Quote(id)} is version {IdText.VersionDigit(uuid)}"));
    }

    private static byte[][] Utf8(params string[] names) => Array.ConvertAll(names, Encoding.UTF8.GetBytes);
}
