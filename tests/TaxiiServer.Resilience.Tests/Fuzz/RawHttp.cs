using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace TaxiiServer.Resilience.Tests.Fuzz;

/// <summary>What came back for one raw request: nothing (the server closed the connection), or a parsed response.</summary>
internal sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public static readonly RawResponse None = new(0, new Dictionary<string, string>(), []);
}

/// <summary>
/// Sends bytes exactly as given (framing mistakes included) over one TCP connection to the server and reads one
/// response to the end of the connection; every fuzz request carries <c>Connection: close</c>.
/// </summary>
internal static class RawHttp
{
    public static async Task<RawResponse> SendAsync(Uri server, byte[] request, bool endEarly, TimeSpan slowHeaders, CancellationToken ct)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, ct);
        client.NoDelay = true;
        var stream = client.GetStream();
        try
        {
            if (slowHeaders > TimeSpan.Zero)
            {
                // A slow client: the first bytes trickle in, then the rest comes at once.
                var step = TimeSpan.FromTicks(slowHeaders.Ticks / 8);
                for (var i = 0; i < 8 && i < request.Length; i++)
                {
                    await stream.WriteAsync(request.AsMemory(i, 1), ct);
                    await Task.Delay(step, ct);
                }

                await stream.WriteAsync(request.AsMemory(Math.Min(8, request.Length)), ct);
            }
            else
            {
                await stream.WriteAsync(request, ct);
            }

            if (endEarly)
            {
                client.Client.Shutdown(SocketShutdown.Send);
            }

            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, ct);
            return Parse(buffer.ToArray());
        }
        catch (IOException)
        {
            return RawResponse.None; // reset by the server: for framing faults, a legitimate end
        }
        catch (SocketException)
        {
            return RawResponse.None;
        }
    }

    private static RawResponse Parse(byte[] raw)
    {
        var headerEnd = raw.AsSpan().IndexOf("\r\n\r\n"u8);
        if (headerEnd < 0)
        {
            return RawResponse.None;
        }

        var lines = Encoding.ASCII.GetString(raw, 0, headerEnd).Split("\r\n");
        var statusParts = lines[0].Split(' ');
        if (statusParts.Length < 2 || !int.TryParse(statusParts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            return RawResponse.None;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        var body = raw.AsSpan(headerEnd + 4).ToArray();
        if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        return new RawResponse(status, headers, body);
    }

    private static byte[] Dechunk(byte[] chunked)
    {
        using var body = new MemoryStream();
        var at = 0;
        while (at < chunked.Length)
        {
            var lineEnd = chunked.AsSpan(at).IndexOf("\r\n"u8);
            if (lineEnd < 0 || !int.TryParse(Encoding.ASCII.GetString(chunked, at, lineEnd).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size == 0)
            {
                break;
            }

            at += lineEnd + 2;
            body.Write(chunked, at, Math.Min(size, chunked.Length - at));
            at += size + 2;
        }

        return body.ToArray();
    }
}
