using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace TaxiiServer.Benchmarks.Flood;

/// <summary>
/// An HttpClient whose connections leave from a chosen loopback address (127.0.0.0/8 is all loopback on Linux), so
/// the server sees pollers and attackers as different clients, as it would on the internet.
/// </summary>
internal static class LoopbackClient
{
    public static HttpClient Create(Uri baseAddress, string sourceAddress, string? user, string? password, int maxConnections)
    {
        var source = IPAddress.Parse(sourceAddress);
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Accept.ParseAdd("application/taxii+json;version=2.1");
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        }

        return client;
    }
}
