using TaxiiServer.Validation.Pattern;

namespace TaxiiServer.Validation.Tests.Pattern;

/// <summary>Patterns that must be rejected, each with where the error must point and what it must say.</summary>
public class InvalidPatternTests
{
    // Structure.
    [TestCase("", 0, "pattern is empty", Description = "nothing to parse")]
    [TestCase("   /* only a comment */ ", 24, "pattern is empty", Description = "trivia alone is still empty; the position is the end")]
    [TestCase("file:size = 1280", 0, "comparisons must be enclosed in square brackets", Description = "no [ ]")]
    [TestCase("[file:name = 'x'", 16, "expected ']' to close the observation expression opened at 0, found the end of the pattern", Description = "unclosed bracket")]
    [TestCase("[file:name = 'a'] AND", 21, "expected an observation expression ('[' or '('), found the end of the pattern", Description = "AND without a right operand")]
    [TestCase("[file:name = 'a'] OR OR [file:name = 'b']", 21, "found 'OR'", Description = "doubled operator")]
    [TestCase("[file:name = 'a' FOLLOWEDBY file:name = 'b']", 17, "FOLLOWEDBY joins observation expressions", Description = "FOLLOWEDBY is observation-level only")]
    [TestCase("[[file:name = 'a']]", 1, "cannot be nested", Description = "brackets do not nest")]
    [TestCase("([file:name = 'a']", 18, "expected ')' to close the group opened at 0", Description = "unclosed observation group")]
    [TestCase("[(file:name = 'a']", 17, "expected ')' to close the comparison group opened at 1, found ']'", Description = "unclosed comparison group")]
    [TestCase("[file:name = 'a'] ]", 18, "expected AND, OR, FOLLOWEDBY, a qualifier", Description = "stray token after a complete pattern")]
    [TestCase("[file:name = 'a'] and [file:name = 'b']", 18, "keywords are case-sensitive: use 'AND'", Description = "keywords are upper-case in the grammar")]
    [TestCase("[file:size = 1] within 2 seconds", 16, "use 'WITHIN'", Description = "qualifier keywords are upper-case too")]
    [TestCase("[file:name = 'a'] LAST 5 SECONDS", 18, "LAST is a reserved word", Description = "LAST is lexed as a keyword but no rule uses it")]
    [TestCase("[file:name = 'it's']", 17, "expected ']' to close the observation expression opened at 0, found 's'", Description = "unescaped quote ends the string early")]
    // Comparisons and operators.
    [TestCase("[file:size = ]", 13, "expected a value after '='", Description = "missing value")]
    [TestCase("[file:hashes.MD5 = cead3f77f6cda6ec00f57d76c9a6879f]", 19, "strings must be in single quotes", Description = "unquoted string")]
    [TestCase("[file:name EQUALS 'x']", 11, "unknown comparison operator 'EQUALS'", Description = "no such operator")]
    [TestCase("[file:name like 'x%']", 11, "operators are case-sensitive, use 'LIKE'", Description = "lower-case operator")]
    [TestCase("[file:hashes.MD5 =? 'x']", 18, "unexpected character '?'", Description = "'=?' is no operator")]
    [TestCase("[file:name MATCHES /.*\\.dll/]", 19, "unexpected character '/'", Description = "regexes are strings, not /.../")]
    [TestCase("[ipv4-addr:value ISSUBSET ]", 26, "operator ISSUBSET requires a string literal", Description = "missing operand")]
    [TestCase("[file:size LIKE 5]", 16, "operator LIKE requires a string literal", Description = "LIKE takes only a StringLiteral")]
    [TestCase("[file:size > true]", 13, "cannot take a boolean", Description = "booleans are not orderable literals")]
    [TestCase("[file:name = ('a', 'b')]", 13, "use IN to compare with a set", Description = "'=' takes one primitive literal")]
    [TestCase("[file:name IN 'a']", 14, "IN must be followed by a parenthesised set", Description = "IN needs a set literal")]
    [TestCase("[file:name IN ('a' 'b')]", 19, "expected ',' or ')' to close the set opened at 14", Description = "missing comma")]
    [TestCase("[file:name IN ('a',)]", 19, "expected a value after 'IN'", Description = "trailing comma")]
    [TestCase("[NOT file:name = 'a']", 5, "NOT before a comparison must be followed by EXISTS", Description = "NOT goes after the path")]
    [TestCase("[file:name NOT NOT = 'a']", 15, "NOT may appear only once", Description = "double negation is not in the grammar")]
    [TestCase("[file:name EXISTS]", 11, "EXISTS goes before the object path", Description = "EXISTS is a prefix")]
    [TestCase("[file:name = TRUE]", 13, "booleans are lower-case true and false", Description = "BoolLiteral is lower-case")]
    // Object paths.
    [TestCase("[file.size = 1280]", 5, "expected ':' after the object type 'file', found '.'", Description = "type and property are separated by ':'")]
    [TestCase("[File:name = 'x']", 1, "'File' is not a valid STIX type name", Description = "type names are lower-case")]
    [TestCase("[ab:name = 'x']", 1, "'ab' is not a valid STIX type name", Description = "type names have at least 3 characters")]
    [TestCase("[x_custom:name = 'x']", 1, "'x_custom' is not a valid STIX type name", Description = "no underscores in type names")]
    [TestCase("[file:extensions.windows-pebinary-ext.size = 1]", 17, "contains '-', which is only allowed in quotes", Description = "IdentifierWithHyphen is only for types")]
    [TestCase("[file:IN = 1]", 6, "'IN' is a keyword and cannot be a bare property name", Description = "keywords win over identifiers")]
    [TestCase("[file:sections[a] = 1]", 15, "expected a list index (an integer or '*')", Description = "index must be a number or *")]
    [TestCase("[file:sections[1 = 1]", 17, "expected ']' to close the list index opened at 14", Description = "unclosed index")]
    [TestCase("[file:sections[1.5] = 1]", 15, "expected a list index", Description = "no fractional index")]
    // Literals.
    [TestCase("[file:name = 'a\\b']", 15, "invalid escape '\\b'", Description = "only \\' and \\\\ are escapes")]
    [TestCase("[file:name = 'abc]", 18, "unterminated string literal: expected ' to close the string opened at 13", Description = "no closing quote")]
    [TestCase("[file:size = 007]", 13, "must not have leading zeros", Description = "IntPosLiteral is '0' | [1-9][0-9]*")]
    [TestCase("[file:size = +]", 13, "a sign must be followed directly by a number", Description = "lone sign")]
    [TestCase("[file:size = 1.]", 14, "found '.'", Description = "float needs digits after the point")]
    [TestCase("[file:size = 1e5]", 14, "found 'e5'", Description = "no exponents in the grammar")]
    [TestCase("[file:x = h'abc']", 15, "odd number of digits (3)", Description = "hex comes in pairs")]
    [TestCase("[file:x = h'zz']", 12, "'z' is not a hexadecimal digit", Description = "hex digits only")]
    [TestCase("[file:x = b'abc']", 15, "not a multiple of 4", Description = "base64 groups of four")]
    [TestCase("[file:x = b'ab=c']", 14, "padding '=' may only appear at the end", Description = "padding inside the data")]
    [TestCase("[artifact:payload_bin = b'====']", 26, "at most 2 are allowed", Description = "all padding, as in the OASIS validator's tests")]
    [TestCase("[file:x = b'']", 12, "binary literal is empty", Description = "the grammar requires one base64 group")]
    [TestCase("[x-whatever:detected = t'2457-73-22T32:81:84.1Z']", 30, "month 73 is out of range", Description = "the OASIS validator's bad timestamp")]
    [TestCase("[file:created = t'2023-02-29T00:00:00Z']", 26, "2023-02 has 28 days", Description = "not a leap year")]
    [TestCase("[file:created = t'1900-02-29T00:00:00Z']", 26, "1900-02 has 28 days", Description = "century years are leap only every 400 years")]
    [TestCase("[file:created = t'2016-04-31T00:00:00Z']", 26, "2016-04 has 30 days", Description = "April has 30 days")]
    [TestCase("[file:created = t'2016-01-01T24:00:00Z']", 29, "hour 24 is out of range", Description = "hours stop at 23")]
    [TestCase("[file:created = t'2016-06-30T12:00:60Z']", 35, "leap second) is only valid at 23:59:60", Description = "leap seconds only end a day")]
    [TestCase("[file:created = t'2016-01-01T00:00:00+01:00']", 37, "must end with 'Z'", Description = "UTC only, no offsets")]
    [TestCase("[file:created = t'2016-01-01 00:00:00Z']", 28, "unexpected ' ' in timestamp", Description = "the separator is 'T'")]
    [TestCase("[file:created = t'2016-01-01T00:00:00.Z']", 38, "at least one digit after '.'", Description = "empty fraction")]
    [TestCase("[file:created = t'2016-01-01T00:00:00z']", 37, "must end with 'Z'", Description = "lower-case z")]
    [TestCase("[file:created = t'2016-01-01']", 28, "timestamp is incomplete", Description = "date alone is no timestamp")]
    [TestCase("[file:created = t'2016-01-01T00:00:00Z", 38, "unterminated timestamp literal", Description = "no closing quote")]
    // Qualifiers.
    [TestCase("[file:size = 1] WITHIN ]", 23, "WITHIN must be followed by a positive number of seconds", Description = "missing duration")]
    [TestCase("[file:size = 1] WITHIN 5 HOURS", 25, "expected SECONDS after the WITHIN duration", Description = "SECONDS is the only unit")]
    [TestCase("[file:size = 1] WITHIN -5 SECONDS", 23, "WITHIN must be followed by a positive number", Description = "negative duration")]
    [TestCase("[file:size = 1] WITHIN 0 SECONDS", 23, "must be greater than zero", Description = "zero is not positive")]
    [TestCase("[file:size = 1] WITHIN 0.0 SECONDS", 23, "must be greater than zero", Description = "zero is not positive as a float either")]
    [TestCase("[file:size = 1] REPEATS 0 TIMES", 24, "must be at least 1", Description = "zero repetitions")]
    [TestCase("[file:size = 1] REPEATS 2.5 TIMES", 24, "REPEATS must be followed by a positive integer", Description = "REPEATS takes IntPosLiteral only")]
    [TestCase("[file:size = 1] REPEATS 99999999999 TIMES", 24, "too large", Description = "beyond Int32")]
    [TestCase("[file:size = 1] REPEATS 3", 25, "expected TIMES", Description = "missing TIMES")]
    [TestCase("[file:size = 1] WITHIN 5 SECONDS WITHIN 6 SECONDS", 33, "duplicate WITHIN qualifier", Description = "same qualifier twice on one [...] (OASIS validator rule)")]
    [TestCase("([file:size = 1] REPEATS 2 TIMES REPEATS 3 TIMES)", 33, "duplicate REPEATS qualifier", Description = "the rule also applies inside a group")]
    [TestCase("[file:size = 1] START t'2016-01-02T00:00:00Z' STOP t'2016-01-01T00:00:00Z'", 51, "must be later than START", Description = "STOP before START")]
    [TestCase("[file:size = 1] START t'2016-01-01T00:00:00.5Z' STOP t'2016-01-01T00:00:00.500Z'", 53, "must be later than START", Description = "equal instants at different precision")]
    [TestCase("[file:size = 1] START '2016-01-01T00:00:00Z' STOP t'2016-01-02T00:00:00Z'", 22, "write t'2016-01-01T00:00:00Z', not a plain string", Description = "START takes a TimestampLiteral")]
    [TestCase("[file:size = 1] START t'2016-01-01T00:00:00Z'", 45, "expected STOP", Description = "START without STOP")]
    // Characters and comments.
    [TestCase("[file:näme = 'x']", 7, "unexpected character 'ä'", Description = "identifiers are ASCII")]
    [TestCase("[file:name = 'a'] \u0001", 18, "unexpected character U+0001", Description = "control character")]
    [TestCase("[file:name = 'a'] /* unterminated", 33, "unterminated comment", Description = "comment never closed: like an open string, reported at the end")]
    [TestCase("[file:name ! 'a']", 11, "the not-equal operator is '!='", Description = "'!' alone is not an operator")]
    public void Pattern_is_rejected_at_the_offending_position(string pattern, int position, string message)
    {
        var result = StixPatternParser.Parse(pattern);

        Assert.That(result.IsValid, Is.False, "pattern should be invalid");
        Assert.That(result.Error!.Message, Does.Contain(message));
        Assert.That(result.Error.Position, Is.EqualTo(position), result.Error.Message);
    }

    [Test]
    public void Null_pattern_is_an_error_not_an_exception()
    {
        var result = StixPatternParser.Parse(null);

        Assert.That(result.Error, Is.EqualTo(new PatternError(0, "pattern is null")));
    }

    [Test]
    public void Hash_values_must_match_their_algorithm()
    {
        var result = StixPatternParser.Parse("[file:hashes.'SHA-256' = 'f00']");

        Assert.That(result.Error, Is.EqualTo(new PatternError(25,
            "'f00' is not a valid SHA-256 hash: expected 64 hexadecimal digits")));
    }

    [TestCase("[file:hashes.MD5 IN ('001dd76872d80801692ff942308c64e6', 'nothex')]", 57, Description = "each set member is checked")]
    [TestCase("[file:hashes.sha1 != '001dd76872d80801692ff942308c64e6']", 21, Description = "keys match case- and dash-insensitively")]
    public void Malformed_hash_values_are_rejected_where_they_appear(string pattern, int position)
    {
        var result = StixPatternParser.Parse(pattern);

        Assert.That(result.Error?.Position, Is.EqualTo(position), result.Error?.Message);
        Assert.That(result.Error!.Message, Does.Contain("is not a valid"));
    }

    [TestCase("[file:hashes.MD5 LIKE '001dd%']", Description = "LIKE compares partial values")]
    [TestCase("[file:hashes.SSDEEP = '3:AXGBicFlgVNhBGcL6wCrFQEv:AXGHsNhxLsr2C']", Description = "SSDEEP has no fixed length")]
    [TestCase("[file:hashes.'x-custom-hash' = 'anything']", Description = "custom algorithms are not checked")]
    public void Hash_check_only_applies_to_exact_comparisons_with_known_algorithms(string pattern)
    {
        Assert.That(StixPatternParser.Parse(pattern).IsValid, Is.True);
    }
}
