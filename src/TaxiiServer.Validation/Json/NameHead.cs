using System.Buffers.Binary;

namespace TaxiiServer.Validation.Json;

/// <summary>
/// The first eight bytes of a UTF-8 name as a number (zero-padded). With the length it tells almost all property
/// names apart in one comparison, and names of up to eight bytes completely, so name tables can skip the string.
/// </summary>
internal static class NameHead
{
    public static ulong Of(ReadOnlySpan<byte> name)
    {
        if (name.Length >= sizeof(ulong))
        {
            return BinaryPrimitives.ReadUInt64LittleEndian(name);
        }

        ulong head = 0;
        for (var i = name.Length - 1; i >= 0; i--)
        {
            head = (head << 8) | name[i];
        }

        return head;
    }

    /// <summary>A well-spread hash of a name's head and length, for bucketing.</summary>
    public static ulong Hash(ulong head, int length) => (head + (ulong)length) * 0x9E3779B97F4A7C15UL;
}
