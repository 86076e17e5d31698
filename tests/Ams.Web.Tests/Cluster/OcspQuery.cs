using Ams.Pki.Tests.Support;

namespace Ams.Web.Tests.Cluster;

/// <summary>
/// Asks a node's OCSP responder about a serial with the real openssl, trusting the chain the cluster serves at
/// <c>/pki/ca.pem</c> (the issuing CA first, then the root).
/// </summary>
public sealed class OcspQuery
{
    private readonly string folder;

    private OcspQuery(string folder) => this.folder = folder;

    /// <summary>Fetches the chain from <paramref name="node"/> and writes what openssl needs into a folder of its own.</summary>
    public static async Task<OcspQuery> ForClusterAsync(Uri node)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ams-cluster-tests", "ocsp-" + Guid.NewGuid().ToString("N"))).FullName;
        using var client = new HttpClient { BaseAddress = node };
        var chain = await client.GetStringAsync(new Uri("/pki/ca.pem", UriKind.Relative));
        await File.WriteAllTextAsync(Path.Combine(folder, "chain.pem"), chain);
        await File.WriteAllTextAsync(Path.Combine(folder, "issuer.pem"), chain[..(chain.IndexOf("-----END CERTIFICATE-----", StringComparison.Ordinal) + 25)] + "\n");
        return new OcspQuery(folder);
    }

    /// <summary>openssl's answer about <paramref name="serial"/> (hex) from <paramref name="node"/>'s responder.</summary>
    public Task<string> AskAsync(Uri node, string serial) => OpenSsl.RunOkAsync(folder,
        "ocsp", "-issuer", "issuer.pem", "-serial", "0x" + serial, "-CAfile", "chain.pem", "-url", $"{node}pki/ocsp", "-resp_text");

    /// <summary>Whether an answer says the serial is revoked.</summary>
    public static bool SaysRevoked(string answer, string serial) => answer.Contains($"0x{serial}: revoked", StringComparison.OrdinalIgnoreCase);
}
