using System.Net;
using System.Text;

namespace TaxiiServer.Api.Tests.Infrastructure;

/// <summary>The guard every suite request passes through must itself catch what it is there to catch.</summary>
public class ResponseGuardTests
{
    private static async Task SendThroughGuardAsync(HttpStatusCode status, string? contentType, string body)
    {
        using var invoker = new HttpMessageInvoker(new ResponseGuard { InnerHandler = new Canned(status, contentType, body) });
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://localhost/taxii2/");
        using var response = await invoker.SendAsync(request, CancellationToken.None);
    }

    [TestCase(HttpStatusCode.InternalServerError)]
    [TestCase(HttpStatusCode.ServiceUnavailable)]
    public void Server_error_fails_the_request(HttpStatusCode status)
    {
        Assert.ThrowsAsync<ResponseRuleException>(() => SendThroughGuardAsync(status, TaxiiRequestDefaults.TaxiiMediaType, "{}"));
    }

    [TestCase("application/json")]
    [TestCase("application/taxii+json")] // the version parameter is required
    [TestCase("application/taxii+json; version=2.1")] // not byte-exact
    [TestCase(null)]
    public void Body_without_the_exact_taxii_content_type_fails_the_request(string? contentType)
    {
        Assert.ThrowsAsync<ResponseRuleException>(() => SendThroughGuardAsync(HttpStatusCode.OK, contentType, "{}"));
    }

    [Test]
    public void Taxii_body_and_empty_body_pass()
    {
        Assert.DoesNotThrowAsync(() => SendThroughGuardAsync(HttpStatusCode.OK, TaxiiRequestDefaults.TaxiiMediaType, "{}"));
        Assert.DoesNotThrowAsync(() => SendThroughGuardAsync(HttpStatusCode.OK, null, ""));
    }

    private sealed class Canned(HttpStatusCode status, string? contentType, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }

            return Task.FromResult(new HttpResponseMessage(status) { Content = content, RequestMessage = request });
        }
    }
}
