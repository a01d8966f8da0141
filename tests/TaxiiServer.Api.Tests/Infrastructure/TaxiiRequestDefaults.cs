using System.Net.Http.Headers;
using System.Text;

namespace TaxiiServer.Api.Tests.Infrastructure;

/// <summary>
/// Adds what every TAXII client sends: the account's Basic credentials and the TAXII Accept header. A request that
/// sets either header itself keeps its own (negotiation and authentication tests).
/// </summary>
public sealed class TaxiiRequestDefaults(TestAccount account) : DelegatingHandler
{
    public const string TaxiiMediaType = "application/taxii+json;version=2.1";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (account.HasCredentials && request.Headers.Authorization is null)
        {
            request.Headers.Authorization = BasicHeader(account.Name, account.Password);
        }

        if (!request.Headers.Contains("Accept"))
        {
            request.Headers.TryAddWithoutValidation("Accept", TaxiiMediaType);
        }

        return base.SendAsync(request, cancellationToken);
    }

    public static AuthenticationHeaderValue BasicHeader(string name, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(name + ":" + password)));
}
