using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using TaxiiServer.Api.Http;

namespace TaxiiServer.Api.Tests.Http;

/// <summary>Faults Kestrel raises while the application reads a body, which an in-process host cannot produce.</summary>
public class TaxiiExceptionHandlerTests
{
    private static async Task<(bool Handled, HttpContext Context)> HandleAsync(Exception exception, bool aborted = false)
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        if (aborted)
        {
            using var gone = new CancellationTokenSource();
            await gone.CancelAsync();
            context.RequestAborted = gone.Token;
        }

        var handled = await new TaxiiExceptionHandler(NullLogger<TaxiiExceptionHandler>.Instance)
            .TryHandleAsync(context, exception, CancellationToken.None);
        return (handled, context);
    }

    [Test]
    public async Task Broken_chunked_framing_reported_as_an_IOException_is_a_400_taxii_error()
    {
        // What Kestrel throws for a chunk size that overflows.
        var (handled, context) = await HandleAsync(new IOException("Bad chunk size data.", new OverflowException()));

        Assert.That(handled, Is.True);
        Assert.That(context.Response.StatusCode, Is.EqualTo(400));
        context.Response.Body.Position = 0;
        using var body = await JsonDocument.ParseAsync(context.Response.Body);
        Assert.That(body.RootElement.GetProperty("error_code").GetString(), Is.EqualTo("TAXII-400-01"));
        Assert.That(body.RootElement.GetProperty("description").GetString(), Does.Contain("framing"));
    }

    [Test]
    public async Task A_client_gone_mid_body_is_answered_with_nothing()
    {
        var (handled, context) = await HandleAsync(new IOException("Connection reset by peer"), aborted: true);

        Assert.That(handled, Is.True);
        Assert.That(context.Response.Body.Length, Is.Zero);
        Assert.That(context.Response.StatusCode, Is.EqualTo(200), "nothing was written: there is nobody to answer");
    }
}
