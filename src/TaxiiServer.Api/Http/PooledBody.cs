using System.Buffers;

namespace TaxiiServer.Api.Http;

/// <summary>
/// A request body in a buffer rented from the shared pool up to <see cref="PooledLimit"/>: typical envelopes (up to
/// a few thousand objects) are hundreds of KiB, and fresh arrays of that size would land on the large object heap
/// and cost a full collection every few requests under ingest load. Larger bodies get an array of their own: the
/// shared pool keeps what it is given for minutes, so a burst of 10 MiB uploads would otherwise stay resident.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    /// <summary>The largest buffer taken from (and given back to) the shared pool: 2 MiB.</summary>
    public const int PooledLimit = 2 * 1024 * 1024;

    private byte[]? _buffer;

    public PooledBody(int initialCapacity) => _buffer = Rent(Math.Max(initialCapacity, 4096));

    public int Length { get; private set; }

    public ReadOnlyMemory<byte> Memory => Buffer.AsMemory(0, Length);

    private byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(PooledBody));

    /// <summary>Free space to read into, at least <paramref name="minimum"/> bytes; grows by doubling.</summary>
    public Memory<byte> FreeSpace(int minimum)
    {
        var buffer = Buffer;
        if (buffer.Length - Length < minimum)
        {
            var larger = Rent((int)Math.Min(Math.Max(buffer.Length * 2L, (long)Length + minimum), Array.MaxLength));
            buffer.AsSpan(0, Length).CopyTo(larger);
            GiveBack(buffer);
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
            GiveBack(buffer);
        }
    }

    private static byte[] Rent(int size) =>
        size <= PooledLimit ? ArrayPool<byte>.Shared.Rent(size) : GC.AllocateUninitializedArray<byte>(size);

    private static void GiveBack(byte[] buffer)
    {
        // The shared pool hands out power-of-two lengths, so a pooled array is never longer than the limit.
        if (buffer.Length <= PooledLimit)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
