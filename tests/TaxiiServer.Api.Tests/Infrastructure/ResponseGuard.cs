using System.Text;

namespace TaxiiServer.Api.Tests.Infrastructure;

/// <summary>
/// Checks two rules on every response the suite receives, whatever the test is about: the server never answers
/// 5xx (no test provokes a server fault), and every body it writes carries exactly the TAXII 2.1 media type.
/// </summary>
public sealed class ResponseGuard : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<string> RawContentTypeKey = new("taxii.raw-content-type");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        // Read the raw header before anything parses it: parsing re-renders it with a space after ';'.
        var contentType = response.Content.Headers.NonValidated.TryGetValues("Content-Type", out var values)
            ? string.Join(",", values)
            : null;
        // Stored as "" when absent: options do not hold nulls.
        request.Options.Set(RawContentTypeKey, contentType ?? "");
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);

        if ((int)response.StatusCode >= 500)
        {
            throw new ResponseRuleException($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
        }

        if (body.Length > 0 && contentType != TaxiiRequestDefaults.TaxiiMediaType)
        {
            throw new ResponseRuleException($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode} with Content-Type '{contentType}'.");
        }

        return response;
    }

    /// <summary>The Content-Type header exactly as the server wrote it (null when absent).</summary>
    public static string? RawContentType(HttpResponseMessage response) =>
        response.RequestMessage is { } request && request.Options.TryGetValue(RawContentTypeKey, out var value)
            ? (value.Length == 0 ? null : value)
            : throw new InvalidOperationException("The response did not pass through ResponseGuard.");
}

/// <summary>A response broke a rule that holds for every response; fails whatever test sent the request.</summary>
public sealed class ResponseRuleException : Exception
{
    public ResponseRuleException()
    {
    }

    public ResponseRuleException(string message)
        : base(message)
    {
    }

    public ResponseRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
