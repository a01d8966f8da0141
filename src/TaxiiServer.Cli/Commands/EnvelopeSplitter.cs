using System.Text;

namespace TaxiiServer.Cli.Commands;

/// <summary>
/// Packs objects (raw UTF-8 JSON each) into TAXII envelopes <c>{"objects":[...]}</c> no larger than a byte limit,
/// in order. An object that cannot fit even alone is reported instead of sent, since the server would refuse it.
/// </summary>
internal static class EnvelopeSplitter
{
    private static readonly byte[] Head = Encoding.UTF8.GetBytes("{\"objects\":[");
    private static readonly byte[] Tail = Encoding.UTF8.GetBytes("]}");

    public static (List<List<byte[]>> Envelopes, List<int> TooLarge) Split(IReadOnlyList<byte[]> objects, long maxBytes)
    {
        var envelopes = new List<List<byte[]>>();
        var tooLarge = new List<int>();
        var current = new List<byte[]>();
        long size = Head.Length + Tail.Length;
        for (var i = 0; i < objects.Count; i++)
        {
            var item = objects[i];
            if (Head.Length + Tail.Length + item.Length > maxBytes)
            {
                tooLarge.Add(i);
                continue;
            }

            var added = item.Length + (current.Count > 0 ? 1 : 0);
            if (size + added > maxBytes)
            {
                envelopes.Add(current);
                current = [];
                size = Head.Length + Tail.Length;
                added = item.Length;
            }

            current.Add(item);
            size += added;
        }

        if (current.Count > 0)
        {
            envelopes.Add(current);
        }

        return (envelopes, tooLarge);
    }

    public static byte[] Write(List<byte[]> objects)
    {
        using var stream = new MemoryStream();
        stream.Write(Head);
        for (var i = 0; i < objects.Count; i++)
        {
            if (i > 0)
            {
                stream.WriteByte((byte)',');
            }

            stream.Write(objects[i]);
        }

        stream.Write(Tail);
        return stream.ToArray();
    }
}
