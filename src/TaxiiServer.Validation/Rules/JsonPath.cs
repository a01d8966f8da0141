using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// The path from an object's root down to the value a recursive rule is looking at, kept as a stack of property
/// and index frames so that no string is built unless a problem is reported. One instance per thread is reused.
/// </summary>
internal sealed class JsonPath
{
    [ThreadStatic]
    private static JsonPath? cached;

    private Frame[] frames = new Frame[16];

    // Deepest frame written since the last Return: cleared then, so a cached instance does not keep documents alive.
    private int highWater;

    public int Depth { get; private set; }

    /// <summary>Takes the thread's instance (or a new one when it is in use); give it back with <see cref="Return"/>.</summary>
    public static JsonPath Rent()
    {
        var path = cached ?? new JsonPath();
        cached = null;
        path.Depth = 0;
        return path;
    }

    public static void Return(JsonPath path)
    {
        Array.Clear(path.frames, 0, path.highWater);
        path.highWater = 0;
        cached = path;
    }

    public void Push(JsonProperty property) => PushFrame(new Frame(property, -1));

    public void Push(int index) => PushFrame(new Frame(default, index));

    public void Pop() => Depth--;

    /// <summary>The name of the property frame at <paramref name="depth"/> (0 = top level), or null for an index.</summary>
    public JsonProperty? PropertyAt(int depth) => frames[depth].Index < 0 ? frames[depth].Property : null;

    public string ToPointer()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < Depth; i++)
        {
            builder.Append('/');
            if (frames[i].Index >= 0)
            {
                builder.Append(frames[i].Index.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(JsonPointer.Escape(frames[i].Property.Name));
            }
        }

        return builder.ToString();
    }

    private void PushFrame(Frame frame)
    {
        if (Depth == frames.Length)
        {
            Array.Resize(ref frames, frames.Length * 2);
        }

        frames[Depth++] = frame;
        highWater = Math.Max(highWater, Depth);
    }

    private readonly record struct Frame(JsonProperty Property, int Index);
}
