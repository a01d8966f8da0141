using TaxiiServer.Core.Errors;

namespace TaxiiServer.Api.Http;

/// <summary>
/// TAXII content negotiation: Accept must allow <c>application/taxii+json</c> (bare, or with version=2.1) and a
/// POST body must be <c>application/taxii+json;version=2.1</c>. Parameters are case-insensitive and spaces around
/// ';' are allowed.
/// </summary>
internal static class TaxiiMediaTypeNegotiation
{
    public static TaxiiProblem? Check(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        if (accept.Length > 0 && !accept.Split(',').Any(range => IsTaxii(range, versionRequired: false)))
        {
            return new TaxiiProblem(TaxiiErrorCode.NotAcceptable,
                $"This server answers with application/taxii+json;version=2.1; the Accept header '{accept}' does not allow it.");
        }

        if (HttpMethods.IsPost(request.Method) && !IsTaxii(request.ContentType ?? "", versionRequired: true))
        {
            return new TaxiiProblem(TaxiiErrorCode.UnsupportedMediaType,
                $"POST bodies must be application/taxii+json;version=2.1, not '{request.ContentType}'.");
        }

        return null;
    }

    /// <summary>Whether one media range is TAXII JSON 2.1 (or, when allowed, bare TAXII JSON = latest 2.x).</summary>
    public static bool IsTaxii(string mediaRange, bool versionRequired)
    {
        var parts = mediaRange.Split(';');
        if (!parts[0].Trim().Equals("application/taxii+json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string? version = null;
        foreach (var parameter in parts.Skip(1))
        {
            var pair = parameter.Split('=', 2);
            var name = pair[0].Trim();
            var value = pair.Length == 2 ? pair[1].Trim().Trim('"') : "";
            if (name.Equals("version", StringComparison.OrdinalIgnoreCase))
            {
                version = value;
            }
            else if (!name.Equals("q", StringComparison.OrdinalIgnoreCase) && !name.Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            else if (name.Equals("q", StringComparison.OrdinalIgnoreCase) && value is "0" or "0.0" or "0.00" or "0.000")
            {
                return false;
            }
        }

        return version is null ? !versionRequired : version == "2.1";
    }
}
