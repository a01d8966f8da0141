using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// STIX 2.1 §6.6: header field values encoded as RFC 2047 §2 describes MUST be decoded before they go into an
/// email-message (<c>this is some text</c>, not <c>=?iso-8859-1?q?this=20is=20some=20text?=</c>). Checked where
/// header values are carried: <c>subject</c>, <c>content_type</c>, <c>received_lines</c>,
/// <c>additional_header_fields</c> and each MIME part's <c>content_type</c> and <c>content_disposition</c>.
/// </summary>
public sealed class EmailHeaderDecodedRule : IValidationRule, IViewRule
{
    private static readonly StixType EmailMessage = StixTypes.Get("email-message");

    public string Id => RuleIds.EmailHeaderDecoded;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        StixObjectView.CheckOne(this, stixObject, context, problems);

    void IViewRule.Check(StixObjectView view, RuleContext context, List<ValidationProblem> problems)
    {
        if (view.Type != EmailMessage)
        {
            return;
        }

        if (view.TryGet("subject"u8, out var subject))
        {
            CheckValue(subject, "/subject", problems);
        }

        if (view.TryGet("content_type"u8, out var contentType))
        {
            CheckValue(contentType, "/content_type", problems);
        }

        if (view.TryGet("received_lines"u8, out var received))
        {
            CheckValue(received, "/received_lines", problems);
        }

        if (view.TryGet("additional_header_fields"u8, out var fields) && fields.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in fields.EnumerateObject())
            {
                if (IsEncoded(field.Value))
                {
                    CheckValue(field.Value, JsonPointer.Append("/additional_header_fields", field.Name), problems);
                }
            }
        }

        if (view.TryGet("body_multipart"u8, out var parts) && parts.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var part in parts.EnumerateArray())
            {
                if (part.ValueKind == JsonValueKind.Object)
                {
                    CheckPart(part, index, "content_type"u8, "content_type", problems);
                    CheckPart(part, index, "content_disposition"u8, "content_disposition", problems);
                }

                index++;
            }
        }
    }

    private void CheckPart(JsonElement part, int index, ReadOnlySpan<byte> utf8Name, string name, List<ValidationProblem> problems)
    {
        if (part.TryGetProperty(utf8Name, out var value) && IsEncoded(value))
        {
            CheckValue(value, JsonPointer.Of("body_multipart", index, name), problems);
        }
    }

    // A string, or a list of strings (received_lines, repeated header fields): each encoded string is reported.
    private void CheckValue(JsonElement value, string pointer, List<ValidationProblem> problems)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (IsEncoded(item))
                {
                    problems.Add(Problem(item, JsonPointer.Append(pointer, index)));
                }

                index++;
            }
        }
        else if (IsEncoded(value))
        {
            problems.Add(Problem(value, pointer));
        }
    }

    private static bool IsEncoded(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (IsEncoded(item))
                {
                    return true;
                }
            }

            return false;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[JsonText.BufferLength];
        return EncodedWord.Occurs(JsonText.Chars(value, buffer));
    }

    private ValidationProblem Problem(JsonElement value, string pointer) =>
        new(Id, pointer, $"{Brief.Quote(value)} holds an RFC 2047 encoded-word (=?charset?B|Q?...?=); header values must be decoded to Unicode before they go into an email-message");
}
