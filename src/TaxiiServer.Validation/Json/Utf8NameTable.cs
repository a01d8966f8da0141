using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace TaxiiServer.Validation.Json;

/// <summary>
/// A fixed set of names (a schema's properties, STIX type names, timestamp property names) looked up by raw UTF-8, so
/// that reading an instance neither allocates nor decodes: open addressing over (length, first eight bytes), the rest
/// of a longer name compared only on a hit. Escaped instance names are decoded and looked up by characters.
/// </summary>
internal sealed class Utf8NameTable<T>
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> byChars;
    private readonly Slot[] slots;
    private readonly int shift;

    // When no name holds a backslash, raw bytes that match a name cannot be an escape sequence, so the scan for
    // escapes is needed only after a miss.
    private readonly bool backslashInNames;

    public Utf8NameTable(Dictionary<string, T> byName)
    {
        byChars = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = byName.Count;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, byName.Count * 2));
        shift = 64 - BitOperations.Log2((uint)capacity);
        slots = new Slot[capacity];
        foreach (var (name, value) in byName)
        {
            byte[] utf8;
            try
            {
                utf8 = StrictUtf8.GetBytes(name);
            }
            catch (EncoderFallbackException)
            {
                // Not well-formed UTF-16 (a lone surrogate): only an escaped instance name can decode to it.
                continue;
            }

            backslashInNames |= name.Contains('\\', StringComparison.Ordinal);
            var head = NameHead.Of(utf8);
            var index = Bucket(head, utf8.Length);
            while (slots[index].Name is not null)
            {
                index = (index + 1) & (capacity - 1);
            }

            slots[index] = new Slot(head, utf8, name, value);
        }
    }

    public int Count { get; }

    /// <summary>The value for an instance property's name, and the name as the schema spells it.</summary>
    public bool TryGet(in JsonProperty property, out string name, out T value)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        if (!backslashInNames && TryGetRaw(raw, out name, out value))
        {
            return true;
        }

        if (raw.IndexOf((byte)'\\') >= 0)
        {
            // Escaped names are rare: decode and look the characters up.
            return byChars.TryGetValue(property.Name, out name!, out value!);
        }

        if (backslashInNames)
        {
            return TryGetRaw(raw, out name, out value);
        }

        name = null!;
        value = default!;
        return false;
    }

    /// <summary>Whether the table holds an instance property's name.</summary>
    public bool Contains(in JsonProperty property) => TryGet(property, out _, out _);

    /// <summary>The value for a name given as unescaped UTF-8 (such as a slice of a string value).</summary>
    public bool TryGet(ReadOnlySpan<byte> utf8, out string name, out T value) => TryGetRaw(utf8, out name, out value);

    private bool TryGetRaw(ReadOnlySpan<byte> raw, out string name, out T value)
    {
        var head = NameHead.Of(raw);
        for (var index = Bucket(head, raw.Length); slots[index].Name is { } candidate; index = (index + 1) & (slots.Length - 1))
        {
            ref readonly var slot = ref slots[index];
            if (slot.Head == head && slot.Utf8.Length == raw.Length &&
                (raw.Length <= sizeof(ulong) || raw[sizeof(ulong)..].SequenceEqual(slot.Utf8.AsSpan(sizeof(ulong)))))
            {
                name = candidate;
                value = slot.Value;
                return true;
            }
        }

        name = null!;
        value = default!;
        return false;
    }

    private int Bucket(ulong head, int length) => (int)(NameHead.Hash(head, length) >> shift);

    private readonly record struct Slot(ulong Head, byte[] Utf8, string? Name, T Value);
}
