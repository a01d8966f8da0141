using TaxiiServer.Api.Http;

namespace TaxiiServer.Api.Tests.Http;

public sealed class PooledBodyTests
{
    [Test]
    public void A_body_larger_than_its_first_buffer_grows_and_keeps_every_byte()
    {
        var expected = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 31)).ToArray();
        using var body = new PooledBody(initialCapacity: 10);

        // Chunks of an odd size, as a socket delivers them.
        for (var offset = 0; offset < expected.Length;)
        {
            var free = body.FreeSpace(1);
            var chunk = Math.Min(Math.Min(free.Length, 3_001), expected.Length - offset);
            expected.AsSpan(offset, chunk).CopyTo(free.Span);
            body.Advance(chunk);
            offset += chunk;
        }

        Assert.That(body.Length, Is.EqualTo(expected.Length));
        Assert.That(body.Memory.ToArray(), Is.EqualTo(expected));
    }

    [Test]
    public void A_returned_body_refuses_further_use_and_may_be_disposed_twice()
    {
        var body = new PooledBody(100);
        body.Dispose();
        body.Dispose();

        Assert.Throws<ObjectDisposedException>(() => _ = body.Memory);
        Assert.Throws<ObjectDisposedException>(() => body.FreeSpace(1));
    }
}
