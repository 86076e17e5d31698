using System.Net;
using System.Net.Sockets;

namespace Ams.Web.Features.Accounts;

/// <summary>The client address that sign-in throttles and locks are counted by.</summary>
public static class ClientAddress
{
    /// <summary>
    /// The remote address as text; an IPv6 client is taken as its /64 network, since one subscriber usually holds a
    /// whole /64 and could otherwise change address at every guess.
    /// </summary>
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
