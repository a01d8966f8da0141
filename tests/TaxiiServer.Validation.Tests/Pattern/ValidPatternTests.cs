using TaxiiServer.Validation.Pattern;

namespace TaxiiServer.Validation.Tests.Pattern;

/// <summary>Patterns that must parse, together covering every construct of STIXPattern.g4.</summary>
public class ValidPatternTests
{
    private const string Sha256 = "ef537f25c895bfa782526529a9b63d97aa631564d5d789c2b765448c8635fb6c";

    public static readonly string[] Patterns =
    [
        // Comparison operators, including the grammar's alternative spellings '==' and '<>'.
        "[file:name = 'foo.exe']",
        "[file:size == 1280]",
        "[file:size != 1280]",
        "[file:size <> 1280]",
        "[file:size < 1024]",
        "[file:size <= 1024]",
        "[file:size > 1024]",
        "[file:size >= 1024]",
        "[file:name IN ('a.exe', 'b.exe', 'c.exe')]",
        "[file:size IN ()]",
        "[x-misc:value IN (1, -2, 3.5, true, 'x', t'2016-01-01T00:00:00Z', h'ff', b'AA==')]",
        "[file:name LIKE 'invoice%.pdf']",
        @"[process:command_line MATCHES '^cmd\\.exe /c']",
        "[ipv4-addr:value ISSUBSET '198.51.100.0/24']",
        "[ipv4-addr:value ISSUPERSET '198.51.100.7/32']",
        // NOT before each operator family, and EXISTS with and without NOT.
        "[file:name NOT = 'x'] AND [file:size NOT > 5] AND [file:name NOT IN ('a')]",
        "[file:name NOT LIKE 'a%' AND file:name NOT MATCHES '^b' AND ipv4-addr:value NOT ISSUBSET '10.0.0.0/8']",
        "[EXISTS windows-registry-key:values]",
        "[NOT EXISTS file:parent_directory_ref]",
        // Object paths: quoted keys, list indexes (including the grammar's negative and '+' ones) and [*].
        $"[file:hashes.'SHA-256' = '{Sha256}']",
        $"[file:hashes.'SHA-256' IN ('{Sha256}')]",
        "[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]",
        "[email-message:body_multipart[0].body_raw_ref.name = 'report.exe']",
        "[x-custom:items[-1] = 1 AND x-custom:items[+2].name = 'a']",
        "[file:'name' = 'quoted first component']",
        "[network-traffic:extensions.'http-request-ext'.request_header.'Accept-Encoding' = 'gzip']",
        "[x-custom:'IN' = 1 AND x-custom:ANDROID = 2 AND x-custom:true_value = true]",
        // Literals.
        @"[file:name = 'O\'Brien \\ share']",
        "[file:name = '']",
        "[x-num:value = -0 OR x-num:value = +7 OR x-num:value = .5 OR x-num:value = -.25 OR x-num:value = 00.5]",
        "[x-flag:enabled = true OR x-flag:enabled = false]",
        "[file:created = t'2016-01-01T00:00:00.123456789123Z']",
        "[file:created > t'2024-02-29T12:00:00Z' AND file:created < t'2016-12-31T23:59:60Z']",
        "[file:created = t'0000-02-29T00:00:00Z']",
        "[artifact:payload_bin = b'dGhpcyBpcyBhIHRlc3Q=' OR artifact:payload_bin = b'AAAA' OR artifact:payload_bin = b'AA==']",
        "[artifact:payload_bin = h'00ff' OR artifact:payload_bin = h'']",
        // Observation operators, grouping and qualifiers.
        "[file:size = 1] AND [file:size = 2] OR [file:size = 3] FOLLOWEDBY [file:size = 4]",
        "([file:size = 1] FOLLOWEDBY [file:size = 2]) AND ([file:size = 3] OR [file:size = 4])",
        "[file:size = 1] WITHIN 600 SECONDS",
        "[file:size = 1] WITHIN 2.5 SECONDS",
        "[file:size = 1] REPEATS 9 TIMES",
        "[file:size = 1] START t'2016-06-01T01:30:00.123Z' STOP t'2016-06-01T02:20:00.123Z'",
        "[file:size = 1] START t'2016-06-01T00:00:00.5Z' STOP t'2016-06-01T00:00:00.51Z'",
        "[file:size = 1] REPEATS 2 TIMES WITHIN 10 SECONDS START t'2016-01-01T00:00:00Z' STOP t'2017-01-01T00:00:00Z'",
        "([file:size = 1]) WITHIN 5 SECONDS WITHIN 6 SECONDS",
        "([file:size = 1] REPEATS 2 TIMES) REPEATS 2 TIMES",
        // Comparison grouping, and the misplaced whitespace accepted by the OASIS validator.
        "[(file:name = 'a' OR file:name = 'b') AND file:size > 5]",
        "( [(network-traffic:dst_port IN(443,6443,8443) AND network-traffic:src_packets != 0) ])",
        "[network-traffic:src_port = 37020 AND user-account:user_id = 'root']",
        // Trivia: comments, odd whitespace, no whitespace at all, and tokens the ANTLR lexer also splits.
        "/* leading */ [file:name = 'x'] // trailing comment",
        "[file:name\n\t=\r\n'x']\u00a0AND\u3000[file : size = 1]",
        "[file:size>5]AND[file:size<9]",
        "[file:size = 1] WITHIN 5SECONDS",
    ];

    [TestCaseSource(nameof(Patterns))]
    public void Pattern_is_valid(string pattern)
    {
        var result = StixPatternParser.Parse(pattern);

        Assert.That(result.IsValid, Is.True, () => result.Error!.ToString());
    }

    [TestCaseSource(nameof(Patterns))]
    public void Rendering_the_tree_gives_a_pattern_with_the_same_tree(string pattern)
    {
        var rendered = PatternRenderer.Render(StixPatternParser.Parse(pattern).Expression!);

        var reparsed = StixPatternParser.Parse(rendered);

        Assert.That(reparsed.IsValid, Is.True, () => $"{rendered}: {reparsed.Error}");
        Assert.That(PatternRenderer.Render(reparsed.Expression!), Is.EqualTo(rendered));
    }
}
