using System.Net;
using System.Net.Sockets;

namespace TaxiiServer.Api.Limits;

/// <summary>
/// The key a client's address is counted under: the IPv4 address, or the /64 prefix of an IPv6 address (one host
/// usually owns a whole /64, so counting single IPv6 addresses would let it rotate through billions of them).
/// The connection's address is used: behind a reverse proxy, configure forwarded headers so it is the client's.
/// </summary>
internal static class ClientAddress
{
    public static string KeyOf(HttpContext context) => KeyOf(context.Connection.RemoteIpAddress);

    public static string KeyOf(IPAddress? address)
    {
        if (address is null)
        {
            // In-process test hosts have no socket.
            return "local";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes).ToString() + "/64";
    }
}
