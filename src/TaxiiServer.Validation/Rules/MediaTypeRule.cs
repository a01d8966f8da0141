using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// STIX 2.1 §6.1 and §6.7: <c>mime_type</c> of an artifact or a file is a MIME type name (such as
/// <c>application/msword</c>), and §6.6: an email message's and each MIME part's <c>content_type</c> is the value of a
/// Content-Type header (a media type with optional parameters, <c>text/html; charset=UTF-8</c>). A value of another
/// shape (<c>PE32 executable</c>, <c>jpeg</c>) names no media type at all; the OASIS schemas refuse such artifacts.
/// See <see cref="MediaType"/> for what is and is not checked.
/// </summary>
public sealed class MediaTypeRule : IValidationRule, IViewRule
{
    private static readonly StixType Artifact = StixTypes.Get("artifact");
    private static readonly StixType File = StixTypes.Get("file");
    private static readonly StixType EmailMessage = StixTypes.Get("email-message");

    public string Id => RuleIds.MediaType;

    public void Check(JsonElement stixObject, RuleContext context, List<ValidationProblem> problems) =>
        StixObjectView.CheckOne(this, stixObject, context, problems);

    void IViewRule.Check(StixObjectView view, RuleContext context, List<ValidationProblem> problems)
    {
        var type = view.Type;
        if (type == Artifact || type == File)
        {
            if (view.TryGet("mime_type"u8, out var mimeType))
            {
                CheckValue(mimeType, false, "/mime_type", problems);
            }
        }
        else if (type == EmailMessage)
        {
            if (view.TryGet("content_type"u8, out var contentType))
            {
                CheckValue(contentType, true, "/content_type", problems);
            }

            if (view.TryGet("body_multipart"u8, out var parts) && parts.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var part in parts.EnumerateArray())
                {
                    if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("content_type"u8, out var partType))
                    {
                        CheckValue(partType, true, index, problems);
                    }

                    index++;
                }
            }
        }
    }

    private void CheckValue(JsonElement value, bool allowParameters, string pointer, List<ValidationProblem> problems)
    {
        if (!IsValid(value, allowParameters))
        {
            problems.Add(Problem(value, allowParameters, pointer));
        }
    }

    private void CheckValue(JsonElement value, bool allowParameters, int partIndex, List<ValidationProblem> problems)
    {
        if (!IsValid(value, allowParameters))
        {
            problems.Add(Problem(value, allowParameters, JsonPointer.Of("body_multipart", partIndex, "content_type")));
        }
    }

    // Non-strings are the schema's to report.
    private static bool IsValid(JsonElement value, bool allowParameters)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return true;
        }

        Span<char> buffer = stackalloc char[JsonText.BufferLength];
        return MediaType.IsValid(JsonText.Chars(value, buffer), allowParameters);
    }

    private ValidationProblem Problem(JsonElement value, bool allowParameters, string pointer) =>
        new(Id, pointer, $"{Brief.Quote(value)} is not a media type: expected type/subtype" +
            (allowParameters ? " with optional '; name=value' parameters" : "") +
            $" (such as 'application/zip'), the type one of {string.Join(", ", MediaType.TopLevelTypes)}");
}
