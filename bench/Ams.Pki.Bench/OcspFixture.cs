using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Ams.Pki.Issuance;
using Ams.Pki.Revocation;
using Ams.Pki.Tests.Support;

namespace Ams.Pki.Bench;

/// <summary>
/// Certificates issued by the embedded CA (a tenth revoked), the same state as an openssl index.txt,
/// and two request mixes over them: 80 % good, 10 % revoked, 10 % unknown serials.
/// </summary>
internal sealed class OcspFixture
{
    private OcspFixture(string indexPath, string issuerPem, string signerPem, string signerKey, byte[][] withNonce, byte[][] withoutNonce)
    {
        IndexPath = indexPath;
        IssuerPem = issuerPem;
        SignerPem = signerPem;
        SignerKey = signerKey;
        WithNonce = withNonce;
        WithoutNonce = withoutNonce;
    }

    public string IndexPath { get; }

    public string IssuerPem { get; }

    public string SignerPem { get; }

    public string SignerKey { get; }

    /// <summary>Requests each with a fresh random 16-octet nonce.</summary>
    public byte[][] WithNonce { get; }

    /// <summary>The same serials without a nonce (RFC 5019 style).</summary>
    public byte[][] WithoutNonce { get; }

    public static async Task<OcspFixture> CreateAsync(BenchPki pki, int certificates)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var csr = new CertificateRequest("CN=bench", key, HashAlgorithmName.SHA256).CreateSigningRequest();
        var good = new List<string>();
        var revoked = new List<string>();
        var index = new StringBuilder();
        for (var i = 0; i < certificates; i++)
        {
            var subject = new SubjectInfo($"Holder {i}", $"holder{i}@bench.test", $"{i:D16}");
            var issued = await pki.Authority.IssueFromCsrAsync(csr, subject, CertificateProfile.ProteksiEmailDanTandaTanganDigital);
            var certificate = issued.Value ?? throw new InvalidOperationException(issued.Error?.Message);
            var expiry = certificate.NotAfter.UtcDateTime.ToString("yyMMddHHmmss'Z'", CultureInfo.InvariantCulture);
            var serial = OpenSslSerial(certificate.Serial);
            if (i % 10 == 9)
            {
                var done = await pki.Authority.RevokeAsync(certificate.Serial, RevocationReason.KeyCompromise, RevocationActor.Holder);
                var at = done.Value!.RevokedAt!.Value.UtcDateTime.ToString("yyMMddHHmmss'Z'", CultureInfo.InvariantCulture);
                index.Append(CultureInfo.InvariantCulture, $"R\t{expiry}\t{at},keyCompromise\t{serial}\tunknown\t/CN=Holder {i}\n");
                revoked.Add(certificate.Serial);
            }
            else
            {
                index.Append(CultureInfo.InvariantCulture, $"V\t{expiry}\t\t{serial}\tunknown\t/CN=Holder {i}\n");
                good.Add(certificate.Serial);
            }
        }

        var ca = await pki.CredentialsAsync();
        var indexPath = Write(pki, "index.txt", index.ToString());
        var issuerPem = Write(pki, "issuing-ca.pem", PemEncoding.WriteString("CERTIFICATE", ca.IssuingCa.GetEncoded()) + "\n");
        var signerPem = Write(pki, "ocsp-signer.pem", PemEncoding.WriteString("CERTIFICATE", ca.OcspSignerDer) + "\n");
        var signerKey = Write(pki, "ocsp-signer.key", ca.OcspKey.ExportPkcs8PemForTools());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(signerKey, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var random = new Random(6960);
        var issuerDer = ca.IssuingCa.GetEncoded();
        const int Count = 8192;
        var withNonce = new byte[Count][];
        var withoutNonce = new byte[Count][];
        for (var i = 0; i < Count; i++)
        {
            var pick = random.Next(10);
            var serial = pick switch
            {
                0 => revoked[random.Next(revoked.Count)],
                1 => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)).TrimStart('0'),
                _ => good[random.Next(good.Count)],
            };
            withNonce[i] = OcspRequestBuilder.Build(issuerDer, [serial], RandomNumberGenerator.GetBytes(16));
            withoutNonce[i] = OcspRequestBuilder.Build(issuerDer, [serial]);
        }

        return new OcspFixture(indexPath, issuerPem, signerPem, signerKey, withNonce, withoutNonce);
    }

    /// <summary>openssl's index spelling of a serial: upper-case hex, whole octets.</summary>
    public static string OpenSslSerial(string serialHex)
    {
        var upper = serialHex.ToUpperInvariant();
        return upper.Length % 2 == 1 ? "0" + upper : upper;
    }

    private static string Write(BenchPki pki, string name, string content)
    {
        var path = Path.Combine(pki.Directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
