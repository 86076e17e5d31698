using System.Formats.Asn1;
using Ams.Pki.Ocsp;
using Ams.Pki.Revocation;
using Ams.Pki.Tests.Support;

namespace Ams.Pki.Tests.Ocsp;

public sealed class OcspResponderTests
{
    private static readonly byte[] MalformedRequest = [0x30, 0x03, 0x0A, 0x01, 0x01];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Openssl_verifies_good_revoked_and_unknown_answers_with_the_nonce_echoed()
    {
        await using var pki = await TestPki.StartAsync();
        var (good, goodPem) = await pki.IssueAsync();
        var (revoked, revokedPem) = await pki.IssueAsync();
        await pki.Authority.RevokeAsync(revoked.Serial, RevocationReason.KeyCompromise, RevocationActor.Holder, cancellationToken: Ct);
        var chain = pki.WriteFile("ca.pem", (await pki.Authority.GetCaCertificatesAsync(Ct)).ChainPem);

        var goodOut = await AskWithOpensslAsync(pki, chain, "good", "-cert", goodPem);
        var revokedOut = await AskWithOpensslAsync(pki, chain, "revoked", "-cert", revokedPem);
        var unknownOut = await AskWithOpensslAsync(pki, chain, "unknown", "-serial", "0x7a3c5e11");

        Assert.Contains("Response verify OK", goodOut, StringComparison.Ordinal);
        Assert.Contains($"{goodPem}: good", goodOut, StringComparison.Ordinal);
        Assert.Contains("This Update:", goodOut, StringComparison.Ordinal);
        Assert.Contains("Next Update:", goodOut, StringComparison.Ordinal);
        Assert.Contains("Response verify OK", revokedOut, StringComparison.Ordinal);
        Assert.Contains($"{revokedPem}: revoked", revokedOut, StringComparison.Ordinal);
        Assert.Contains("Reason: keyCompromise", revokedOut, StringComparison.Ordinal);
        Assert.Contains("Revocation Time:", revokedOut, StringComparison.Ordinal);
        Assert.Contains("Response verify OK", unknownOut, StringComparison.Ordinal);
        Assert.Contains("0x7a3c5e11: unknown", unknownOut, StringComparison.Ordinal);
        foreach (var output in new[] { goodOut, revokedOut, unknownOut })
        {
            Assert.DoesNotContain("nonce", output, StringComparison.OrdinalIgnoreCase); // openssl warns on missing or wrong nonces
        }

        var text = await OpenSsl.RunOkAsync(pki.Directory, "ocsp", "-respin", Path.Combine(pki.Directory, "good.resp"), "-resp_text", "-noverify");
        Assert.Contains("OCSP Nonce", text, StringComparison.Ordinal);
        Assert.Contains("Responder Id: " + Convert.ToHexString(System.Security.Cryptography.SHA1.HashData(OcspSignerKeyBits(pki))), text, StringComparison.Ordinal);
        Assert.Contains("AMS Workflow OCSP Responder", text, StringComparison.Ordinal); // the delegated signer's certificate is included
        Assert.Contains("good", goodOut, StringComparison.Ordinal);
        _ = good;
    }

    [Fact]
    public async Task An_rsa_hierarchy_signs_ocsp_answers_and_crls_that_openssl_verifies()
    {
        await using var pki = await TestPki.StartAsync(o =>
        {
            o.CaKeyType = CaKeyType.Rsa;
            o.RsaKeySize = 2048;
        });
        var (revoked, revokedPem) = await pki.IssueAsync();
        await pki.Authority.RevokeAsync(revoked.Serial, RevocationReason.CessationOfOperation, RevocationActor.Holder, cancellationToken: Ct);
        var chain = pki.WriteFile("ca.pem", (await pki.Authority.GetCaCertificatesAsync(Ct)).ChainPem);
        await pki.Crl.PublishAsync(Ct);

        var ocsp = await AskWithOpensslAsync(pki, chain, "rsa", "-cert", revokedPem);
        var crl = await OpenSsl.RunOkAsync(pki.Directory, "crl", "-in", await pki.WriteCrlPemAsync(), "-noout", "-text", "-verify", "-CAfile", pki.IssuingPem);

        Assert.Contains("Response verify OK", ocsp, StringComparison.Ordinal);
        Assert.Contains($"{revokedPem}: revoked", ocsp, StringComparison.Ordinal);
        Assert.Contains("Reason: cessationOfOperation", ocsp, StringComparison.Ordinal);
        Assert.Contains("verify OK", crl, StringComparison.Ordinal);
        Assert.Contains("Signature Algorithm: sha256WithRSAEncryption", crl, StringComparison.Ordinal);
        Assert.Contains("Cessation Of Operation", crl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_unknown_for_a_certificate_of_another_issuer()
    {
        await using var pki = await TestPki.StartAsync();
        await using var other = await TestPki.StartAsync();
        var (foreign, _) = await other.IssueAsync();
        var issuer = (await other.Authority.GetCaCertificatesAsync(Ct)).IssuingCaDer;

        var response = await pki.Ocsp.RespondAsync(OcspRequestBuilder.Build(issuer, [foreign.Serial]), Ct);

        Assert.Equal([OcspCertStatusKind.Unknown], Statuses(response));
    }

    [Fact]
    public async Task A_revocation_shows_at_once_even_after_a_cached_good_answer()
    {
        await using var pki = await TestPki.StartAsync();
        var (certificate, _) = await pki.IssueAsync();
        var issuer = (await pki.Authority.GetCaCertificatesAsync(Ct)).IssuingCaDer;
        var request = OcspRequestBuilder.Build(issuer, [certificate.Serial]);

        var first = await pki.Ocsp.RespondAsync(request, Ct);
        pki.Clock.Advance(TimeSpan.FromSeconds(5));
        var cached = await pki.Ocsp.RespondAsync(request, Ct);
        await pki.Authority.RevokeAsync(certificate.Serial, RevocationReason.AffiliationChanged, RevocationActor.Holder, cancellationToken: Ct);
        var afterRevocation = await pki.Ocsp.RespondAsync(request, Ct);

        Assert.Equal(first, cached); // pre-signed (RFC 5019)
        Assert.Equal([OcspCertStatusKind.Good], Statuses(first));
        Assert.Equal([OcspCertStatusKind.Revoked], Statuses(afterRevocation));
    }

    [Fact]
    public async Task A_cached_answer_is_re_signed_shortly_before_next_update()
    {
        await using var pki = await TestPki.StartAsync(o =>
        {
            o.OcspValidity = TimeSpan.FromHours(1);
            o.OcspCacheRefreshMargin = TimeSpan.FromMinutes(10);
        });
        var (certificate, _) = await pki.IssueAsync();
        var request = OcspRequestBuilder.Build((await pki.Authority.GetCaCertificatesAsync(Ct)).IssuingCaDer, [certificate.Serial]);

        var first = await pki.Ocsp.RespondAsync(request, Ct);
        pki.Clock.Advance(TimeSpan.FromMinutes(49));
        var stillCached = await pki.Ocsp.RespondAsync(request, Ct);
        pki.Clock.Advance(TimeSpan.FromMinutes(2));
        var renewed = await pki.Ocsp.RespondAsync(request, Ct);

        Assert.Equal(first, stillCached);
        Assert.NotEqual(first, renewed);
    }

    [Fact]
    public async Task Requests_with_a_nonce_are_signed_fresh_and_echo_it()
    {
        await using var pki = await TestPki.StartAsync();
        var (certificate, _) = await pki.IssueAsync();
        var issuer = (await pki.Authority.GetCaCertificatesAsync(Ct)).IssuingCaDer;
        var nonce = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

        var one = await pki.Ocsp.RespondAsync(OcspRequestBuilder.Build(issuer, [certificate.Serial], nonce), Ct);
        var two = await pki.Ocsp.RespondAsync(OcspRequestBuilder.Build(issuer, [certificate.Serial], nonce), Ct);

        Assert.NotEqual(one, two); // ECDSA signatures are randomized: not from a cache
        Assert.Contains(Convert.ToHexString(nonce), Convert.ToHexString(one), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(33)]
    [InlineData(64)]
    public async Task Rejects_nonces_that_are_empty_or_longer_than_32_octets_as_malformed_per_rfc_8954(int length)
    {
        await using var pki = await TestPki.StartAsync();
        var (certificate, _) = await pki.IssueAsync();
        var issuer = (await pki.Authority.GetCaCertificatesAsync(Ct)).IssuingCaDer;

        var response = await pki.Ocsp.RespondAsync(OcspRequestBuilder.Build(issuer, [certificate.Serial], new byte[length]), Ct);

        Assert.Equal(MalformedRequest, response);
    }

    [Fact]
    public async Task Accepts_up_to_32_single_requests_with_sha256_cert_ids_and_refuses_33()
    {
        await using var pki = await TestPki.StartAsync();
        var (certificate, _) = await pki.IssueAsync();
        var issuer = (await pki.Authority.GetCaCertificatesAsync(Ct)).IssuingCaDer;
        var serials = Enumerable.Range(1, 31).Select(i => i.ToString("x4", System.Globalization.CultureInfo.InvariantCulture)).Append(certificate.Serial).ToList();

        var accepted = await pki.Ocsp.RespondAsync(OcspRequestBuilder.Build(issuer, serials, sha256: true), Ct);
        var refused = await pki.Ocsp.RespondAsync(OcspRequestBuilder.Build(issuer, [.. serials, "abcd"], sha256: true), Ct);

        var statuses = Statuses(accepted);
        Assert.Equal(32, statuses.Count);
        Assert.Equal(OcspCertStatusKind.Good, statuses[^1]);
        Assert.All(statuses.Take(31), s => Assert.Equal(OcspCertStatusKind.Unknown, s));
        Assert.Equal(MalformedRequest, refused);
    }

    [Fact]
    public async Task Answers_malformed_request_for_oversized_empty_and_trailing_garbage_requests()
    {
        await using var pki = await TestPki.StartAsync();
        var (certificate, _) = await pki.IssueAsync();
        var valid = OcspRequestBuilder.Build((await pki.Authority.GetCaCertificatesAsync(Ct)).IssuingCaDer, [certificate.Serial]);

        Assert.Equal(MalformedRequest, await pki.Ocsp.RespondAsync(new byte[OcspResponder.MaxRequestBytes + 1], Ct));
        Assert.Equal(MalformedRequest, await pki.Ocsp.RespondAsync(ReadOnlyMemory<byte>.Empty, Ct));
        Assert.Equal(MalformedRequest, await pki.Ocsp.RespondAsync((byte[])[.. valid, 0x00], Ct));
        Assert.Equal(MalformedRequest, await pki.Ocsp.RespondAsync(new byte[] { 0x30, 0x02, 0x30, 0x00 }, Ct));
        Assert.Equal([OcspCertStatusKind.Good], Statuses(await pki.Ocsp.RespondAsync(valid, Ct)));
    }

    [Fact]
    public async Task Fuzzed_random_and_truncated_requests_never_throw_and_are_answered_malformed_request()
    {
        await using var pki = await TestPki.StartAsync();
        var (certificate, _) = await pki.IssueAsync();
        var valid = OcspRequestBuilder.Build((await pki.Authority.GetCaCertificatesAsync(Ct)).IssuingCaDer, [certificate.Serial, "01"], [1, 2, 3, 4, 5, 6, 7, 8]);
        var random = new Random(20261124);
        var cases = 0;

        for (var length = 0; length < valid.Length; length++)
        {
            Assert.Equal(MalformedRequest, await pki.Ocsp.RespondAsync(valid.AsMemory(0, length), Ct));
            cases++;
        }

        for (var i = 0; i < 3000; i++)
        {
            var bytes = new byte[random.Next(0, 600)];
            random.NextBytes(bytes);
            if (i % 2 == 0 && bytes.Length > 4)
            {
                bytes[0] = 0x30; // look like a SEQUENCE to get past the first byte
                bytes[1] = (byte)Math.Min(bytes.Length - 2, 0x7F);
            }

            Assert.Equal(MalformedRequest, await pki.Ocsp.RespondAsync(bytes, Ct));
            cases++;
        }

        for (var i = 0; i < 3000; i++)
        {
            // Mutations of a valid request: may stay valid, must never throw, must always be a DER OCSPResponse.
            var bytes = (byte[])valid.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
            }

            var response = await pki.Ocsp.RespondAsync(bytes, Ct);
            var reader = new AsnReader(response, AsnEncodingRules.DER).ReadSequence();
            Assert.InRange(reader.ReadEnumeratedBytes().Span[0], 0, 1);
            cases++;
        }

        Assert.True(cases > 6000);
    }

    [Fact]
    public async Task Get_requests_decode_standard_url_safe_and_percent_encoded_base64()
    {
        await using var pki = await TestPki.StartAsync();
        var (certificate, _) = await pki.IssueAsync();
        // Find a request whose base64 contains '+' or '/' so that the encodings differ.
        byte[] request;
        var attempt = 0;
        do
        {
            // Vary the nonce's value and length so that the encoding also ends with padding.
            var nonce = new byte[8 + (attempt % 3)];
            BitConverter.TryWriteBytes(nonce, attempt++);
            request = OcspRequestBuilder.Build((await pki.Authority.GetCaCertificatesAsync(Ct)).IssuingCaDer, [certificate.Serial], nonce);
        }
        while (attempt < 10_000 && (!Convert.ToBase64String(request).AsSpan().ContainsAny("+/") || !Convert.ToBase64String(request).EndsWith('=')));

        var standard = Convert.ToBase64String(request);
        var encodings = new[]
        {
            standard,
            Uri.EscapeDataString(standard),
            standard.Replace('+', '-').Replace('/', '_').TrimEnd('='),
            standard.Replace('+', ' '),
        };

        foreach (var encoded in encodings)
        {
            Assert.True(OcspGetRequestDecoder.TryDecode(encoded, out var der), encoded);
            Assert.Equal(request, der);
        }

        Assert.False(OcspGetRequestDecoder.TryDecode("not*base64", out _));
        Assert.False(OcspGetRequestDecoder.TryDecode(string.Empty, out _));
        Assert.False(OcspGetRequestDecoder.TryDecode(new string('A', 100_000), out _));
    }

    [Fact]
    public async Task Get_entry_point_answers_the_decoded_request_and_malformed_request_for_bad_base64()
    {
        await using var pki = await TestPki.StartAsync();
        var (certificate, _) = await pki.IssueAsync();
        var request = OcspRequestBuilder.Build((await pki.Authority.GetCaCertificatesAsync(Ct)).IssuingCaDer, [certificate.Serial], [9, 8, 7, 6, 5, 4, 3, 2]);

        var answered = await pki.Ocsp.RespondToGetAsync(Uri.EscapeDataString(Convert.ToBase64String(request)), Ct);

        Assert.Equal([OcspCertStatusKind.Good], Statuses(answered));
        Assert.Equal(MalformedRequest, await pki.Ocsp.RespondToGetAsync("%%%not-base64", Ct));
        Assert.Equal(MalformedRequest, await pki.Ocsp.RespondToGetAsync(null, Ct));
        Assert.Equal(MalformedRequest, await pki.Ocsp.RespondToGetAsync("MAA=", Ct)); // base64 of an empty SEQUENCE
    }

    /// <summary>
    /// Lets openssl make a request (with its own nonce), answers it, then has openssl check the answer twice:
    /// against the request it made (signature chain and nonce), and for the statuses of the target.
    /// </summary>
    private static async Task<string> AskWithOpensslAsync(TestPki pki, string chain, string name, params string[] target)
    {
        var requestPath = Path.Combine(pki.Directory, name + ".req");
        var responsePath = Path.Combine(pki.Directory, name + ".resp");
        await OpenSsl.RunOkAsync(pki.Directory, ["ocsp", "-issuer", pki.IssuingPem, .. target, "-reqout", requestPath]);
        var response = await pki.Ocsp.RespondAsync(await File.ReadAllBytesAsync(requestPath, Ct), Ct);
        await File.WriteAllBytesAsync(responsePath, response, Ct);
        var againstRequest = await OpenSsl.RunOkAsync(pki.Directory, ["ocsp", "-respin", responsePath, "-reqin", requestPath, "-CAfile", chain]);
        var statuses = await OpenSsl.RunOkAsync(pki.Directory,
            ["ocsp", "-respin", responsePath, "-CAfile", chain, "-issuer", pki.IssuingPem, "-no_nonce", .. target]);
        return againstRequest + statuses;
    }

    private static byte[] OcspSignerKeyBits(TestPki pki)
    {
        var pem = File.ReadAllText(Path.Combine(pki.Options.DataDirectory, "ocsp-signer.crt.pem"));
        using var certificate = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(pem);
        var reader = new AsnReader(certificate.PublicKey.ExportSubjectPublicKeyInfo(), AsnEncodingRules.DER).ReadSequence();
        reader.ReadSequence();
        return reader.ReadBitString(out _);
    }

    /// <summary>The statuses of a successful response, in order.</summary>
    private static List<OcspCertStatusKind> Statuses(byte[] response)
    {
        var outer = new AsnReader(response, AsnEncodingRules.DER).ReadSequence();
        Assert.Equal(0, outer.ReadEnumeratedBytes().Span[0]);
        var bytes = outer.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0, true)).ReadSequence();
        bytes.ReadObjectIdentifier();
        var basic = new AsnReader(bytes.ReadOctetString(), AsnEncodingRules.DER).ReadSequence();
        var data = basic.ReadSequence();
        data.ReadEncodedValue(); // responder id
        data.ReadGeneralizedTime();
        var responses = data.ReadSequence();
        var result = new List<OcspCertStatusKind>();
        while (responses.HasData)
        {
            var single = responses.ReadSequence();
            single.ReadSequence();
            result.Add((OcspCertStatusKind)single.PeekTag().TagValue);
            single.ReadEncodedValue();
        }

        return result;
    }
}
