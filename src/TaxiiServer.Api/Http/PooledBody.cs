using System.Buffers;

namespace TaxiiServer.Api.Http;

/// <summary>
/// A request body in a buffer rented from the shared pool. Envelopes are often megabytes: fresh arrays of that size
/// land on the large object heap and cost a full collection every few requests under ingest load.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private byte[]? _buffer;

    public PooledBody(int initialCapacity) => _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 4096));

    public int Length { get; private set; }

    public ReadOnlyMemory<byte> Memory => Buffer.AsMemory(0, Length);

    private byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(PooledBody));

    /// <summary>Free space to read into, at least <paramref name="minimum"/> bytes; grows by doubling.</summary>
    public Memory<byte> FreeSpace(int minimum)
    {
        var buffer = Buffer;
        if (buffer.Length - Length < minimum)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(buffer.Length * 2L, (long)Length + minimum), Array.MaxLength));
            buffer.AsSpan(0, Length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            _buffer = buffer = larger;
        }

        return buffer.AsMemory(Length);
    }

    public void Advance(int count) => Length += count;

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
