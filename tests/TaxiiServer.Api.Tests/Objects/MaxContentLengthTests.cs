using System.Text;
using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Objects;

/// <summary>The small API root's max_content_length (2048 bytes) against bodies of and around that size.</summary>
public class MaxContentLengthTests : TaxiiApiFixture
{
    private static readonly string SmallObjects = TaxiiPaths.Objects(TestHub.SmallRoot, TestHub.Small);

    /// <summary>A valid envelope of one indicator padded with trailing whitespace to exactly <paramref name="size"/> bytes.</summary>
    private static (byte[] Body, StixObjectBuilder Indicator) EnvelopeOfSize(int size)
    {
        var indicator = StixObjectBuilder.Indicator();
        var json = EnvelopeBuilder.Of(indicator).ToJson();
        var length = Encoding.UTF8.GetByteCount(json);
        Assert.That(length, Is.LessThan(size), "the envelope must fit before padding");
        return (Encoding.UTF8.GetBytes(json + new string(' ', size - length)), indicator);
    }

    [Test]
    public async Task Body_of_exactly_max_content_length_is_accepted()
    {
        var (body, indicator) = EnvelopeOfSize((int)TestHub.SmallMaxContentLength);

        (await ReadWrite.PostTaxiiAsync(SmallObjects, body)).ShouldBe(202);

        Assert.That(await ManifestAsync(TestHub.SmallRoot, TestHub.Small, indicator.Id), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Body_one_byte_over_max_content_length_is_a_413_error_and_nothing_is_stored()
    {
        var (body, indicator) = EnvelopeOfSize((int)TestHub.SmallMaxContentLength + 1);

        (await ReadWrite.PostTaxiiAsync(SmallObjects, body)).ShouldBeTaxiiError(413);

        Assert.That(await ManifestAsync(TestHub.SmallRoot, TestHub.Small, indicator.Id), Is.Empty);
    }

    [Test]
    public async Task Chunked_body_without_content_length_over_the_limit_is_a_413_error()
    {
        var (body, _) = EnvelopeOfSize((int)TestHub.SmallMaxContentLength * 4);
        using var request = new HttpRequestMessage(HttpMethod.Post, SmallObjects);
        // A stream of unknown length: the server must count bytes as they arrive instead of trusting a header.
        request.Content = new StreamContent(new UnseekableStream(body));
        request.Content.Headers.TryAddWithoutValidation("Content-Type", TaxiiRequestDefaults.TaxiiMediaType);

        var response = await ReadWrite.SendTaxiiAsync(request);

        Assert.That(request.Content.Headers.ContentLength, Is.Null, "the request really was sent without Content-Length");
        response.ShouldBeTaxiiError(413);
    }

    [Test]
    public async Task Body_over_the_limit_of_a_small_root_is_fine_in_a_root_with_the_default_limit()
    {
        var (body, _) = EnvelopeOfSize((int)TestHub.SmallMaxContentLength * 4);

        (await ReadWrite.PostTaxiiAsync(TaxiiPaths.Objects(TestHub.Root, TestHub.Shared), body)).ShouldBe(202);
    }

    /// <summary>A read-only stream that does not report its length, so HttpClient sends it chunked.</summary>
    private sealed class UnseekableStream(byte[] data) : MemoryStream(data, writable: false)
    {
        public override bool CanSeek => false;
    }
}
