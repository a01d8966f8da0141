using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using TaxiiServer.Validation.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// One object's top-level properties, read once and shared by the structural checks and every rule.
/// <c>JsonElement.TryGetProperty</c> walks the object's rows from the end on each call; the pipeline asked ~25 such
/// questions per object and they were its largest single cost. Here each name is indexed once (length and first
/// eight bytes), so a lookup scans a small array. One instance per thread is reused; nothing is allocated.
/// </summary>
internal sealed class StixObjectView
{
    private const int MaxCachedEntries = 1024;

    [ThreadStatic]
    private static StixObjectView? cached;

    private Entry[] entries = new Entry[32];
    private int count;

    // One bit per indexed name (hashed from length and head): most lookups ask for a name the object lacks, and
    // those are answered without scanning.
    private ulong present;
    private StixType? type;
    private bool typeResolved;

    /// <summary>The object itself.</summary>
    public JsonElement Object { get; private set; }

    /// <summary>How many properties the index holds room for; for tests of what a cached instance keeps.</summary>
    internal int Capacity => entries.Length;

    /// <summary>The number of top-level properties, duplicates included.</summary>
    public int Count => count;

    /// <summary>The top-level property at <paramref name="index"/>, in document order.</summary>
    public JsonProperty this[int index] => entries[index].Property;

    /// <summary>
    /// The object's type when the specification defines it (or it is <c>bundle</c>); null for custom types and when
    /// <c>type</c> is absent, empty or not a string.
    /// </summary>
    public StixType? Type
    {
        get
        {
            if (!typeResolved)
            {
                type = ResolveType();
                typeResolved = true;
            }

            return type;
        }
    }

    /// <summary>Takes the thread's instance (or a new one when it is in use) for an object; give it back with <see cref="Return"/>.</summary>
    public static StixObjectView Rent(JsonElement stixObject)
    {
        var view = cached ?? new StixObjectView();
        cached = null;
        view.Read(stixObject);
        return view;
    }

    public static void Return(StixObjectView view)
    {
        // Cleared so that a cached instance does not keep the caller's document alive; and an object with thousands
        // of properties (a body may be megabytes) must not leave its large index pinned to the thread.
        if (view.entries.Length > MaxCachedEntries)
        {
            view.entries = new Entry[32];
        }

        Array.Clear(view.entries, 0, Math.Min(view.count, view.entries.Length));
        view.count = 0;
        view.present = 0;
        view.Object = default;
        view.type = null;
        view.typeResolved = false;
        cached = view;
    }

    /// <summary>Runs one rule on its own (outside a rule set) over a view of <paramref name="stixObject"/>.</summary>
    public static void CheckOne(IViewRule rule, JsonElement stixObject, RuleContext context, List<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problems);
        if (stixObject.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var view = Rent(stixObject);
        try
        {
            rule.Check(view, context, problems);
        }
        finally
        {
            Return(view);
        }
    }

    /// <summary>
    /// The value of the top-level property <paramref name="utf8Name"/> (unescaped UTF-8); when the name occurs more
    /// than once the last one wins, as with <c>JsonElement.TryGetProperty</c>.
    /// </summary>
    public bool TryGet(ReadOnlySpan<byte> utf8Name, out JsonElement value)
    {
        var head = NameHead.Of(utf8Name);
        if ((present & Bit(head, utf8Name.Length)) == 0)
        {
            value = default;
            return false;
        }

        for (var i = count - 1; i >= 0; i--)
        {
            ref readonly var entry = ref entries[i];
            if (entry.Length != utf8Name.Length || entry.Head != head)
            {
                continue;
            }

            // Names of up to eight bytes are wholly in the head; longer ones are confirmed in full.
            if ((utf8Name.Length <= sizeof(ulong) && !entry.Escaped) ||
                (entry.Escaped ? entry.Property.NameEquals(utf8Name) : JsonMarshal.GetRawUtf8PropertyName(entry.Property).SequenceEqual(utf8Name)))
            {
                value = entry.Property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Whether the object has the top-level property <paramref name="utf8Name"/>.</summary>
    public bool Has(ReadOnlySpan<byte> utf8Name) => TryGet(utf8Name, out _);

    /// <summary>The string value of a top-level property as characters, or empty when absent or not a string.</summary>
    public ReadOnlySpan<char> Chars(ReadOnlySpan<byte> utf8Name, Span<char> buffer) =>
        TryGet(utf8Name, out var value) ? JsonText.Chars(value, buffer) : [];

    /// <summary>The object's <c>type</c> as characters, or empty when absent or not a string.</summary>
    public ReadOnlySpan<char> TypeText(Span<char> buffer) => Chars("type"u8, buffer);

    private StixType? ResolveType()
    {
        if (TryGet("type"u8, out var value) && JsonText.TryRawUtf8(value, out var utf8))
        {
            return StixTypes.Find(utf8);
        }

        // Absent, not a string, or escaped.
        Span<char> buffer = stackalloc char[JsonText.BufferLength];
        return StixTypes.Find(TypeText(buffer));
    }

    private void Read(JsonElement stixObject)
    {
        Object = stixObject;
        if (stixObject.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in stixObject.EnumerateObject())
        {
            if (count == entries.Length)
            {
                Array.Resize(ref entries, entries.Length * 2);
            }

            var name = JsonMarshal.GetRawUtf8PropertyName(property);
            var escaped = name.Contains((byte)'\\');
            if (escaped)
            {
                // Rare: index the name as it reads once unescaped, which is what lookups ask for.
                name = Encoding.UTF8.GetBytes(property.Name);
            }

            var head = NameHead.Of(name);
            present |= Bit(head, name.Length);
            entries[count++] = new Entry(head, name.Length, escaped, property);
        }
    }

    private static ulong Bit(ulong head, int length) => 1UL << (int)(NameHead.Hash(head, length) >> 58);

    private readonly record struct Entry(ulong Head, int Length, bool Escaped, JsonProperty Property);
}
