using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Ams.Pki.Authority;
using Ams.Pki.Issuance;
using Ams.Pki.Tests.Support;

namespace Ams.Pki.Tests.Authority;

public sealed class CertificateAuthorityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Creates_the_hierarchy_on_first_start_with_keys_encrypted_in_the_database_and_a_generated_owner_only_passphrase()
    {
        await using var pki = await TestPki.StartAsync();
        var dir = pki.Options.DataDirectory;
        var passphrase = Path.Combine(dir, "ca-passphrase");
        Assert.True(File.Exists(passphrase));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(passphrase));
        }

        Assert.Empty(Directory.GetFiles(dir, "*.key.pem"));
        var keys = await pki.StoredPemsAsync();
        Assert.Equal(["issuing-ca.crt.pem", "issuing-ca.key.pem", "ocsp-signer.crt.pem", "ocsp-signer.key.pem", "root-ca.crt.pem", "root-ca.key.pem"], keys.Keys.Order());
        Assert.DoesNotContain(keys.Values, pem => pem.Contains("BEGIN PRIVATE KEY", StringComparison.Ordinal) || pem.Contains(File.ReadAllText(passphrase).Trim(), StringComparison.Ordinal));
        Assert.StartsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----", keys["issuing-ca.key.pem"], StringComparison.Ordinal);
        var key = pki.WriteFile("issuing-ca.key.pem", keys["issuing-ca.key.pem"]);
        var opened = await OpenSsl.RunOkAsync(pki.Directory, "pkey", "-in", key, "-passin", "file:" + passphrase, "-noout", "-text");
        Assert.Contains("NIST CURVE: P-256", opened, StringComparison.Ordinal);
        var wrong = await OpenSsl.RunAsync(pki.Directory, "pkey", "-in", key, "-passin", "pass:wrong", "-noout");
        Assert.NotEqual(0, wrong.ExitCode);
    }

    [Fact]
    public async Task A_node_with_another_passphrase_refuses_to_start_and_a_rotated_passphrase_reencrypts_the_keys()
    {
        await using var pki = await TestPki.StartAsync(o => o.KeyPassphrase = "first passphrase of the CA");
        var issuing = (await pki.Authority.GetCaCertificatesAsync(Ct)).IssuingCaDer;

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => TestPki.StartAsync(o => SameDatabase(o, pki, "another passphrase")));
        Assert.Contains("do not open with this node's passphrase", refused.Message, StringComparison.Ordinal);

        await using (var rotated = await TestPki.StartAsync(o =>
        {
            SameDatabase(o, pki, "second passphrase of the CA");
            o.PreviousKeyPassphrase = "first passphrase of the CA";
        }))
        {
            Assert.Equal(issuing, (await rotated.Authority.GetCaCertificatesAsync(Ct)).IssuingCaDer);
        }

        await using var after = await TestPki.StartAsync(o => SameDatabase(o, pki, "second passphrase of the CA"));
        Assert.Equal(issuing, (await after.Authority.GetCaCertificatesAsync(Ct)).IssuingCaDer);
        var key = after.WriteFile("issuing.key.pem", (await after.StoredPemsAsync())["issuing-ca.key.pem"]);
        await OpenSsl.RunOkAsync(after.Directory, "pkey", "-in", key, "-passin", "pass:second passphrase of the CA", "-noout");
    }

    private static void SameDatabase(PkiOptions options, TestPki pki, string passphrase)
    {
        options.KeyPassphrase = passphrase;
        options.ConnectionString = pki.Options.ConnectionString;
    }

    [Fact]
    public async Task Restarting_reuses_the_same_hierarchy()
    {
        await using var pki = await TestPki.StartAsync(o => o.KeyPassphrase = "correct horse battery staple");
        var first = await pki.Authority.GetCaCertificatesAsync(Ct);
        await using var again = await TestPki.StartAsync(o =>
        {
            o.KeyPassphrase = "correct horse battery staple";
            o.DataDirectory = pki.Options.DataDirectory;
            o.ConnectionString = pki.Options.ConnectionString;
        });
        var second = await again.Authority.GetCaCertificatesAsync(Ct);
        Assert.Equal(first.IssuingCaDer, second.IssuingCaDer);
        Assert.Equal(first.OcspSignerDer, second.OcspSignerDer);
        Assert.False(File.Exists(Path.Combine(pki.Options.DataDirectory, "ca-passphrase")));
    }

    [Fact]
    public async Task An_rsa_hierarchy_issues_certificates_openssl_verifies()
    {
        await using var pki = await TestPki.StartAsync(o =>
        {
            o.CaKeyType = CaKeyType.Rsa;
            o.RsaKeySize = 2048;
        });
        var (_, leaf) = await pki.IssueAsync();
        var output = await OpenSsl.RunOkAsync(pki.Directory, "verify", "-CAfile", pki.RootPem, "-untrusted", pki.IssuingPem, leaf);
        Assert.Contains(": OK", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issued_certificate_has_the_seed_subject_and_the_profile_extensions()
    {
        await using var pki = await TestPki.StartAsync();
        var (certificate, leaf) = await pki.IssueAsync();

        var verify = await OpenSsl.RunOkAsync(pki.Directory, "verify", "-CAfile", pki.RootPem, "-untrusted", pki.IssuingPem,
            "-purpose", "smimesign", leaf);
        Assert.Contains(": OK", verify, StringComparison.Ordinal);

        var subject = await OpenSsl.RunOkAsync(pki.Directory, "x509", "-in", leaf, "-noout", "-subject", "-nameopt", "sep_comma_plus_space,sname,utf8");
        Assert.Equal(
            "subject=C=ID, ST=DKI Jakarta, L=Jakarta Selatan, O=Balai Sertifikasi Elektronik, OU=Balai Sertifikasi Elektronik, " +
            "CN=Budi Santoso, emailAddress=budi@example.id, description=3171234567890001_2_Proteksi Email dan Tanda Tangan Digital",
            subject.Trim().Replace("subject= ", "subject=", StringComparison.Ordinal));
        Assert.Equal(
            "C=ID, ST=DKI Jakarta, L=Jakarta Selatan, O=Balai Sertifikasi Elektronik, OU=Balai Sertifikasi Elektronik, CN=Budi Santoso, " +
            "EMAILADDRESS=budi@example.id, OID.2.5.4.13=3171234567890001_2_Proteksi Email dan Tanda Tangan Digital",
            certificate.SubjectDn);

        var text = await OpenSsl.RunOkAsync(pki.Directory, "x509", "-in", leaf, "-noout", "-text");
        Assert.Contains("Digital Signature, Non Repudiation, Key Encipherment", text, StringComparison.Ordinal);
        Assert.Contains("E-mail Protection, TLS Web Client Authentication", text, StringComparison.Ordinal);
        Assert.Contains("email:budi@example.id", text, StringComparison.Ordinal);
        Assert.Contains("URI:http://ams.test/pki/crl", text, StringComparison.Ordinal);
        Assert.Contains("OCSP - URI:http://ams.test/pki/ocsp", text, StringComparison.Ordinal);
        Assert.Contains("X509v3 Authority Key Identifier", text, StringComparison.Ordinal);
        Assert.Contains("X509v3 Subject Key Identifier", text, StringComparison.Ordinal);
        Assert.Contains("CA:FALSE", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serials_are_random_positive_127_bit_lower_case_hex_and_unique()
    {
        await using var pki = await TestPki.StartAsync();
        var serials = new HashSet<string>();
        for (var i = 0; i < 10; i++)
        {
            var (certificate, _) = await pki.IssueAsync();
            Assert.Matches("^[0-9a-f]+$", certificate.Serial);
            Assert.InRange(certificate.Serial.Length, 17, 32); // >= 64 bits, <= 127 bits
            Assert.True(serials.Add(certificate.Serial));
            using var x509 = X509CertificateLoader.LoadCertificate(certificate.Der);
            Assert.Equal(certificate.Serial, x509.SerialNumber.TrimStart('0').ToLowerInvariant());
        }
    }

    [Fact]
    public async Task The_database_refuses_a_second_certificate_with_the_same_serial()
    {
        await using var pki = await TestPki.StartAsync();
        var (certificate, _) = await pki.IssueAsync();
        await using var db = await pki.Database.CreateDbContextAsync(Ct);
        db.Certificates.Add(new Ams.Pki.Storage.CertificateRecord
        {
            Serial = certificate.Serial,
            SubjectDn = "CN=duplicate",
            HolderEmail = "other@example.id",
            Profile = certificate.Profile,
            Der = [0x30, 0x00],
        });

        var refused = await Assert.ThrowsAsync<Microsoft.EntityFrameworkCore.DbUpdateException>(() => db.SaveChangesAsync(Ct));

        Assert.Contains("UNIQUE constraint failed: pki_certificates.serial", refused.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creates_missing_directories_for_the_keys_and_the_database()
    {
        await using var pki = await TestPki.StartAsync(o => o.ConnectionString = $"Data Source={Path.Combine(Path.GetDirectoryName(o.DataDirectory)!, "nested", "db", "pki.db")}");
        var (certificate, _) = await pki.IssueAsync();

        Assert.True(File.Exists(Path.Combine(pki.Directory, "nested", "db", "pki.db")));
        Assert.NotNull(await pki.Authority.FindBySerialAsync(certificate.Serial, Ct));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(pki.Options.DataDirectory));
        }
    }

    [Fact]
    public async Task Ocsp_signer_is_delegated_by_the_issuing_ca_with_ocsp_signing_and_no_check()
    {
        await using var pki = await TestPki.StartAsync();
        var signer = pki.WriteFile("ocsp.pem", File.ReadAllText(Path.Combine(pki.Options.DataDirectory, "ocsp-signer.crt.pem")));
        var text = await OpenSsl.RunOkAsync(pki.Directory, "x509", "-in", signer, "-noout", "-text");
        Assert.Contains("OCSP Signing", text, StringComparison.Ordinal);
        Assert.Contains("OCSP No Check", text, StringComparison.Ordinal);
        var verify = await OpenSsl.RunOkAsync(pki.Directory, "verify", "-CAfile", pki.RootPem, "-untrusted", pki.IssuingPem, signer);
        Assert.Contains(": OK", verify, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rsa:2048")]
    [InlineData("ec")]
    public async Task Accepts_csrs_made_by_openssl_req(string keyType)
    {
        await using var pki = await TestPki.StartAsync();
        var csr = await MakeCsrAsync(pki, keyType);
        var issued = await pki.Authority.IssueFromCsrAsync(csr, TestPki.Subject(), CertificateProfile.ProteksiEmailDanTandaTanganDigital, Ct);
        Assert.True(issued.Succeeded, issued.ToString());
        var leaf = pki.WriteFile("leaf.pem", issued.Value.Pem);
        Assert.Contains(": OK", await OpenSsl.RunOkAsync(pki.Directory, "verify", "-CAfile", pki.RootPem, "-untrusted", pki.IssuingPem, leaf), StringComparison.Ordinal);
        // The certificate certifies the CSR's key.
        var csrKey = await OpenSsl.RunOkAsync(pki.Directory, "req", "-in", Path.Combine(pki.Directory, "req.pem"), "-noout", "-pubkey");
        var certKey = await OpenSsl.RunOkAsync(pki.Directory, "x509", "-in", leaf, "-noout", "-pubkey");
        Assert.Equal(csrKey, certKey);
    }

    [Fact]
    public async Task Refuses_a_csr_whose_signature_does_not_verify()
    {
        await using var pki = await TestPki.StartAsync();
        var csr = await MakeCsrAsync(pki, "ec");
        csr[^5] ^= 0x01; // inside the signature value

        var issued = await pki.Authority.IssueFromCsrAsync(csr, TestPki.Subject(), CertificateProfile.ProteksiEmailDanTandaTanganDigital, Ct);

        Assert.False(issued.Succeeded);
        Assert.True(issued.Error.Code is PkiErrorCode.BadSignature or PkiErrorCode.InvalidRequest, issued.ToString());
        Assert.Contains("signature", issued.Error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Refuses_a_csr_signed_by_another_key()
    {
        await using var pki = await TestPki.StartAsync();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=x", key, HashAlgorithmName.SHA256);
        var csr = request.CreateSigningRequest(X509SignatureGenerator.CreateForECDsa(other));

        var issued = await pki.Authority.IssueFromCsrAsync(csr, TestPki.Subject(), CertificateProfile.ProteksiEmailDanTandaTanganDigital, Ct);

        Assert.False(issued.Succeeded);
        Assert.Equal(PkiErrorCode.BadSignature, issued.Error.Code);
        Assert.Contains("does not verify", issued.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_1024_bit_rsa_csr_with_a_clear_reason()
    {
        await using var pki = await TestPki.StartAsync();
        var csr = await MakeCsrAsync(pki, "rsa:1024");

        var issued = await pki.Authority.IssueFromCsrAsync(csr, TestPki.Subject(), CertificateProfile.ProteksiEmailDanTandaTanganDigital, Ct);

        Assert.False(issued.Succeeded);
        Assert.Equal(PkiErrorCode.WeakOrUnsupportedKey, issued.Error.Code);
        Assert.Equal("RSA keys must have at least 2048 bits; this request's key has 1024.", issued.Error.Message);
    }

    [Fact]
    public async Task Refuses_garbage_instead_of_a_csr()
    {
        await using var pki = await TestPki.StartAsync();
        var issued = await pki.Authority.IssueFromCsrAsync(new byte[] { 0x30, 0x03, 0x02, 0x01, 0x01 }, TestPki.Subject(),
            CertificateProfile.ProteksiEmailDanTandaTanganDigital, Ct);
        Assert.False(issued.Succeeded);
        Assert.Equal(PkiErrorCode.InvalidRequest, issued.Error.Code);
    }

    [Theory]
    [InlineData(HolderKeyType.Rsa2048)]
    [InlineData(HolderKeyType.EcP256)]
    public async Task Delivers_a_generated_key_as_pkcs12_that_openssl_opens_with_the_holders_password(HolderKeyType keyType)
    {
        await using var pki = await TestPki.StartAsync();
        var issued = await pki.Authority.IssueWithGeneratedKeyAsync(TestPki.Subject(), CertificateProfile.ProteksiEmailDanTandaTanganDigital,
            "rahasia-budi-123", keyType, Ct);
        Assert.True(issued.Succeeded, issued.ToString());
        var p12 = pki.WriteFile("holder.p12", issued.Value.Pkcs12);

        var opened = await OpenSsl.RunOkAsync(pki.Directory, "pkcs12", "-in", p12, "-passin", "pass:rahasia-budi-123", "-nodes", "-info");
        Assert.Contains("PRIVATE KEY-----", opened, StringComparison.Ordinal);
        Assert.Contains("AMS Workflow Issuing CA", opened, StringComparison.Ordinal);
        Assert.Contains("budi@example.id", opened, StringComparison.Ordinal);
        var wrong = await OpenSsl.RunAsync(pki.Directory, "pkcs12", "-in", p12, "-passin", "pass:wrong", "-nodes");
        Assert.NotEqual(0, wrong.ExitCode);
    }

    [Fact]
    public async Task Refuses_a_short_pkcs12_password()
    {
        await using var pki = await TestPki.StartAsync();
        var issued = await pki.Authority.IssueWithGeneratedKeyAsync(TestPki.Subject(), CertificateProfile.ProteksiEmailDanTandaTanganDigital, "short", cancellationToken: Ct);
        Assert.False(issued.Succeeded);
        Assert.Equal(PkiErrorCode.WeakPassword, issued.Error.Code);
    }

    [Fact]
    public async Task Finds_certificates_by_serial_and_lists_them_by_holder_email()
    {
        await using var pki = await TestPki.StartAsync();
        var (first, _) = await pki.IssueAsync("siti@example.id");
        var (second, _) = await pki.IssueAsync("Siti@Example.id");
        await pki.IssueAsync("other@example.id");

        var found = await pki.Authority.FindBySerialAsync(first.Serial.ToUpperInvariant(), Ct);
        var listed = await pki.Authority.ListByHolderEmailAsync("SITI@example.id", Ct);

        Assert.NotNull(found);
        Assert.Equal(first.Der, found.Der);
        Assert.Equal(new[] { first.Serial, second.Serial }.Order(), listed.Select(c => c.Serial).Order());
        Assert.Null(await pki.Authority.FindBySerialAsync("abcdef", Ct));
    }

    private static async Task<byte[]> MakeCsrAsync(TestPki pki, string keyType)
    {
        var args = new List<string> { "req", "-new", "-nodes", "-subj", "/CN=Budi Santoso", "-keyout", Path.Combine(pki.Directory, "req.key"),
            "-out", Path.Combine(pki.Directory, "req.pem"), "-outform", "PEM" };
        if (keyType == "ec")
        {
            args.AddRange(["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"]);
        }
        else
        {
            args.AddRange(["-newkey", keyType]);
        }

        await OpenSsl.RunOkAsync(pki.Directory, [.. args]);
        var pem = await File.ReadAllTextAsync(Path.Combine(pki.Directory, "req.pem"), Ct);
        var fields = PemEncoding.Find(pem);
        return Convert.FromBase64String(pem[fields.Base64Data]);
    }
}
