using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using TaxiiServer.Validation.Json;

namespace TaxiiServer.Validation.Schema.Keywords;

/// <summary>
/// The "properties" of one schema object, looked up by the raw UTF-8 of an instance's property names so that
/// walking an instance neither allocates nor decodes names. Shared by properties and additionalProperties (which
/// must know the sibling names). Open addressing over (length, first eight bytes); the rest of a longer name is
/// compared only on a hit.
/// </summary>
internal sealed class PropertyTable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, SchemaNode>.AlternateLookup<ReadOnlySpan<char>> byChars;
    private readonly Slot[] slots;
    private readonly int shift;

    public PropertyTable(Dictionary<string, SchemaNode> byName)
    {
        byChars = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = byName.Count;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, byName.Count * 2));
        shift = 64 - BitOperations.Log2((uint)capacity);
        slots = new Slot[capacity];
        foreach (var (name, schema) in byName)
        {
            byte[] utf8;
            try
            {
                utf8 = StrictUtf8.GetBytes(name);
            }
            catch (EncoderFallbackException)
            {
                // Not well-formed UTF-16 (a lone surrogate): no unescaped instance name can decode to it.
                continue;
            }

            var head = NameHead.Of(utf8);
            var index = Bucket(head, utf8.Length);
            while (slots[index].Name is not null)
            {
                index = (index + 1) & (capacity - 1);
            }

            slots[index] = new Slot(head, utf8, name, schema);
        }
    }

    public int Count { get; }

    /// <summary>The schema for an instance property's name, and the name as the schema spells it.</summary>
    public bool TryGet(in JsonProperty property, out string name, out SchemaNode schema)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        if (raw.IndexOf((byte)'\\') >= 0)
        {
            // Escaped names are rare: decode and look the characters up.
            return byChars.TryGetValue(property.Name, out name!, out schema!);
        }

        var head = NameHead.Of(raw);
        for (var index = Bucket(head, raw.Length); slots[index].Name is { } candidate; index = (index + 1) & (slots.Length - 1))
        {
            ref readonly var slot = ref slots[index];
            if (slot.Head == head && slot.Utf8.Length == raw.Length &&
                (raw.Length <= sizeof(ulong) || raw[sizeof(ulong)..].SequenceEqual(slot.Utf8.AsSpan(sizeof(ulong)))))
            {
                name = candidate;
                schema = slot.Schema;
                return true;
            }
        }

        name = null!;
        schema = null!;
        return false;
    }

    private int Bucket(ulong head, int length) => (int)(NameHead.Hash(head, length) >> shift);

    private readonly record struct Slot(ulong Head, byte[] Utf8, string? Name, SchemaNode Schema);
}

/// <summary>properties: each listed property present in the instance must match its schema.</summary>
internal sealed class PropertiesKeyword(string location, PropertyTable table) : KeywordValidator("properties", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object || table.Count == 0)
        {
            return true;
        }

        var ok = true;
        foreach (var property in instance.EnumerateObject())
        {
            if (!table.TryGet(property, out var name, out var schema))
            {
                continue;
            }

            if (context.Detailed)
            {
                context.PushPath(name);
            }

            var matched = schema.Evaluate(property.Value, context, null);
            if (context.Detailed)
            {
                context.PopPath();
            }

            if (!matched)
            {
                ok = false;
                if (!context.Detailed)
                {
                    return false;
                }
            }

            evaluated?.AddProperty(name);
        }

        return ok;
    }
}

/// <summary>patternProperties: properties whose names match a regex must match its schema.</summary>
internal sealed class PatternPropertiesKeyword(string location, (SchemaPattern Pattern, SchemaNode Schema)[] entries) : KeywordValidator("patternProperties", location)
{
    public override bool Evaluate(in JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        Span<char> buffer = stackalloc char[256];
        var ok = true;
        foreach (var property in instance.EnumerateObject())
        {
            var name = JsonValues.NameChars(property, buffer);
            foreach (var (pattern, schema) in entries)
            {
                if (!pattern.IsMatch(name))
                {
                    continue;
                }

                if (context.Detailed)
                {
                    context.PushPath(property.Name);
                }

                var matched = schema.Evaluate(property.Value, context, null);
                if (context.Detailed)
                {
                    context.PopPath();
                }

                if (!matched)
                {
                    ok = false;
                    if (!context.Detailed)
                    {
                        return false;
                    }
                }

                evaluated?.AddProperty(property.Name);
            }
        }

        return ok;
    }
}
