using TaxiiServer.Validation.Rules;

namespace TaxiiServer.Validation.Tests.Rules;

/// <summary>The section 6 (cyber-observable) rules, each in both directions.</summary>
public class ScoRulesTests
{
    [TestCase("""{"type":"file","hashes":{"SHA-256":"x","MD5":"y","SHA3-512":"z","SSDEEP":"s","TLSH":"t"}}""")] // the vocabulary as written
    [TestCase("""{"type":"file","hashes":{"x_acme_hash":"a","imphash":"b","SHA-384":"c"}}""")] // custom names: the vocabulary is open
    [TestCase("""{"type":"x-acme","x_acme_data":{"hashes":{"sha256":"a"}}}""")] // inside a producer-defined custom property
    [TestCase("""{"type":"process","environment_variables":{"hashes":"sha256"}}""")] // a dictionary key named hashes is not a hashes property
    public void Hash_algorithm_names_from_the_vocabulary_or_custom_pass(string json) =>
        RuleRunner.AssertNone(new HashAlgorithmRule(), json);

    [TestCase("""{"type":"artifact","hashes":{"sha256":"a"}}""", "/hashes/sha256", "SHA-256")] // lower case, no hyphen
    [TestCase("""{"type":"file","hashes":{"SHA256":"a"}}""", "/hashes/SHA256", "SHA-256")] // no hyphen
    [TestCase("""{"type":"file","hashes":{"md5":"a"}}""", "/hashes/md5", "MD5")] // lower case
    [TestCase("""{"type":"x509-certificate","hashes":{"Sha_1":"a"}}""", "/hashes/Sha_1", "SHA-1")] // underscore for the hyphen
    [TestCase("""{"type":"file","extensions":{"ntfs-ext":{"alternate_data_streams":[{"name":"s","hashes":{"sha3_256":"a"}}]}}}""", "/extensions/ntfs-ext/alternate_data_streams/0/hashes/sha3_256", "SHA3-256")] // nested in an extension
    [TestCase("""{"type":"file","extensions":{"windows-pebinary-ext":{"pe_type":"exe","file_header_hashes":{"ssdeep":"a"}}}}""", "/extensions/windows-pebinary-ext/file_header_hashes/ssdeep", "SSDEEP")] // the PE file header hashes
    [TestCase("""{"type":"indicator","external_references":[{"source_name":"x","hashes":{"tlsh":"a"}}]}""", "/external_references/0/hashes/tlsh", "TLSH")] // external references (section 2.5)
    public void Hash_algorithms_spelled_another_way_are_refused(string json, string location, string expected)
    {
        var message = RuleRunner.AssertSingle(new HashAlgorithmRule(), json, "spec.hash-algorithm at " + location);
        Assert.That(message, Does.Contain($"must be written '{expected}'"));
    }

    [TestCase("""{"type":"artifact","mime_type":"application/zip"}""")] // registered
    [TestCase("""{"type":"file","mime_type":"application/vnd.microsoft.portable-executable"}""")] // vendor tree
    [TestCase("""{"type":"file","mime_type":"application/x-dosexec"}""")] // unregistered subtype (only a SHOULD)
    [TestCase("""{"type":"file","mime_type":"Image/JPEG"}""")] // media types are case-insensitive
    [TestCase("""{"type":"email-message","content_type":"multipart/mixed; boundary=\"--1234\"","body_multipart":[{"content_type":"text/html; charset=UTF-8;"}]}""")] // parameters, quoted and trailing ';'
    [TestCase("""{"type":"x-acme","mime_type":"anything"}""")] // only file, artifact and email-message define these
    [TestCase("""{"type":"file","mime_type":7}""")] // not a string: the schema reports it
    public void Media_types_pass(string json) => RuleRunner.AssertNone(new MediaTypeRule(), json);

    [TestCase("""{"type":"artifact","mime_type":"jpeg"}""", "/mime_type")] // no subtype
    [TestCase("""{"type":"file","mime_type":"PE32 executable"}""", "/mime_type")] // a file(1) description
    [TestCase("""{"type":"file","mime_type":"chemical/x-pdb"}""", "/mime_type")] // not an IANA top-level type
    [TestCase("""{"type":"artifact","mime_type":"text/plain; charset=utf-8"}""", "/mime_type")] // parameters belong to Content-Type, not to a MIME type name
    [TestCase("""{"type":"email-message","content_type":"text/plain; charset"}""", "/content_type")] // a parameter without a value
    [TestCase("""{"type":"email-message","body_multipart":[{"content_type":"text/plain"},{"content_type":"image/"}]}""", "/body_multipart/1/content_type")] // empty subtype
    public void Values_that_are_not_media_types_are_refused(string json, string location) =>
        RuleRunner.AssertSingle(new MediaTypeRule(), json, "spec.media-type at " + location);

    [TestCase("""{"type":"software","languages":["en","de-CH","zh-Hant-TW","eng"]}""")] // RFC 5646 tags, an ISO 639-2 code among them
    [TestCase("""{"type":"x-acme","languages":["not a tag"]}""")] // only software defines it
    public void Software_languages_that_are_language_tags_pass(string json) =>
        RuleRunner.AssertNone(new SoftwareLanguageRule(), json);

    [TestCase("""{"type":"software","languages":["en","de_CH"]}""", "/languages/1")] // underscore
    [TestCase("""{"type":"software","languages":["en US"]}""", "/languages/0")] // a blank for the hyphen
    public void Software_languages_that_are_not_language_tags_are_refused(string json, string location) =>
        RuleRunner.AssertSingle(new SoftwareLanguageRule(), json, "spec.software-language-tag at " + location);

    [TestCase("""{"type":"email-message","subject":"this is some text","additional_header_fields":{"X-Mailer":"Mutt","Comments":["a","b"]}}""")] // decoded
    [TestCase("""{"type":"email-message","subject":"a =? b ?= c","body":"=?utf-8?q?the=20body?="}""")] // not an encoded-word; the body is no header
    [TestCase("""{"type":"x-acme","subject":"=?utf-8?q?x?="}""")] // only email-message
    public void Decoded_email_headers_pass(string json) => RuleRunner.AssertNone(new EmailHeaderDecodedRule(), json);

    [TestCase("""{"type":"email-message","subject":"=?iso-8859-1?q?this=20is=20some=20text?="}""", "/subject")] // the specification's own example
    [TestCase("""{"type":"email-message","received_lines":["ok","from =?UTF-8?B?w7xiZXI=?= by mx"]}""", "/received_lines/1")] // base64 encoded-word
    [TestCase("""{"type":"email-message","additional_header_fields":{"Comments":["ok","=?utf-8?q?caf=C3=A9?="]}}""", "/additional_header_fields/Comments/1")] // repeated field
    [TestCase("""{"type":"email-message","body_multipart":[{"content_disposition":"attachment; filename=\"=?UTF-8?B?w6kucGRm?=\""}]}""", "/body_multipart/0/content_disposition")] // MIME part header
    public void Encoded_email_headers_are_refused(string json, string location) =>
        RuleRunner.AssertSingle(new EmailHeaderDecodedRule(), json, "spec.email-header-decoded at " + location);
}
