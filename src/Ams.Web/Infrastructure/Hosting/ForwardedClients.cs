using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Ams.Web.Infrastructure.Hosting;

/// <summary>
/// The client's own address behind a reverse proxy or load balancer: <c>X-Forwarded-For</c> is believed only from the
/// proxies named in <c>Ams:ForwardedHeaders:KnownProxies</c> (addresses) and <c>KnownNetworks</c> (CIDR). Without them the
/// header is ignored, so a client cannot choose the address its sign-in failures and audit entries are counted under.
/// </summary>
public static class ForwardedClients
{
    /// <summary>Reads the trusted proxies; false when none is configured.</summary>
    public static bool Configure(IConfiguration configuration, ForwardedHeadersOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var proxies = configuration.GetSection("Ams:ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("Ams:ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        if (proxies.Length == 0 && networks.Length == 0)
        {
            return false;
        }

        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"Ams:ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address."));
        }

        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Ams:ForwardedHeaders:KnownNetworks: '{network}' is not a CIDR network."));
        }

        return true;
    }
}
