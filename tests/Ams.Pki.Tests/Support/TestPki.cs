using Ams.Pki.Authority;
using Ams.Pki.Crl;
using Ams.Pki.Enrollment;
using Ams.Pki.Issuance;
using Ams.Pki.Ocsp;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Pki.Tests.Support;

/// <summary>An embedded CA in its own temporary directory, wired as the host would, deleted afterwards.</summary>
internal sealed class TestPki : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TestPki(string directory, ServiceProvider services, TestClock clock)
    {
        Directory = directory;
        _services = services;
        Clock = clock;
    }

    public string Directory { get; }

    public TestClock Clock { get; }

    public PkiOptions Options => _services.GetRequiredService<PkiOptions>();

    public CertificateAuthority Authority => _services.GetRequiredService<CertificateAuthority>();

    public CrlPublisher Crl => _services.GetRequiredService<CrlPublisher>();

    public OcspResponder Ocsp => _services.GetRequiredService<OcspResponder>();

    public EnrollmentGateway Gateway => _services.GetRequiredService<EnrollmentGateway>();

    public CrlPublicationLoop Loop => _services.GetRequiredService<CrlPublicationLoop>();

    public Microsoft.EntityFrameworkCore.IDbContextFactory<Ams.Pki.Storage.PkiDbContext> Database =>
        _services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Ams.Pki.Storage.PkiDbContext>>();

    /// <summary>Root CA certificate, PEM file.</summary>
    public string RootPem => Path.Combine(Directory, "pki", "root-ca.crt.pem");

    /// <summary>Issuing CA certificate, PEM file.</summary>
    public string IssuingPem => Path.Combine(Directory, "pki", "issuing-ca.crt.pem");

    public static async Task<TestPki> StartAsync(Action<PkiOptions>? configure = null, IPkiEventListener? listener = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "ams-pki-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var clock = new TestClock();
        var collection = new ServiceCollection();
        if (listener is not null)
        {
            collection.AddSingleton(listener);
        }

        var services = collection
            .AddSingleton<TimeProvider>(clock)
            .AddAmsPki(options =>
            {
                options.DataDirectory = Path.Combine(directory, "pki");
                options.ConnectionString = $"Data Source={Path.Combine(directory, "pki.db")}";
                options.BaseUrl = new Uri("http://ams.test");
                configure?.Invoke(options);
            })
            .BuildServiceProvider();
        var pki = new TestPki(directory, services, clock);
        await pki.Authority.InitializeAsync(TestContext.Current.CancellationToken);
        return pki;
    }

    /// <summary>The hierarchy's PEMs as the database holds them, by name.</summary>
    public async Task<Dictionary<string, string>> StoredPemsAsync()
    {
        await using var db = await Database.CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToDictionaryAsync(
            db.CaKeys, k => k.Name, k => k.Pem, TestContext.Current.CancellationToken);
    }

    public static SubjectInfo Subject(string email = "budi@example.id") =>
        new("Budi Santoso", email, "3171234567890001");

    /// <summary>Issues a certificate for a fresh EC key and writes it as PEM into the test directory.</summary>
    public async Task<(CertificateInfo Certificate, string PemPath)> IssueAsync(string email = "budi@example.id")
    {
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest(
            "CN=ignored", key, System.Security.Cryptography.HashAlgorithmName.SHA256);
        var issued = await Authority.IssueFromCsrAsync(
            request.CreateSigningRequest(), Subject(email), CertificateProfile.ProteksiEmailDanTandaTanganDigital, TestContext.Current.CancellationToken);
        Assert.True(issued.Succeeded, issued.ToString());
        var path = WriteFile($"{issued.Value.Serial}.pem", issued.Value.Pem);
        return (issued.Value, path);
    }

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteFile(string name, byte[] content)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public async Task<string> WriteCrlPemAsync()
    {
        var der = await Crl.GetCurrentCrlAsync(TestContext.Current.CancellationToken);
        return WriteFile("crl.pem", System.Security.Cryptography.PemEncoding.WriteString("X509 CRL", der) + "\n");
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
