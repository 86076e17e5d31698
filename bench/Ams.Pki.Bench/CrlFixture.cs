using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Ams.Pki.Bench;

/// <summary>
/// A CA with <c>n</c> revoked certificates in its database, and the same entries in an openssl
/// <c>index.txt</c> with a minimal <c>openssl ca</c> configuration. Reasons cycle through
/// unspecified, keyCompromise (with an invalidity date), affiliationChanged, superseded and
/// cessationOfOperation: the reasons both sides know.
/// </summary>
internal sealed class CrlFixture
{
    private static readonly string[] ReasonNames = ["", "keyCompromise", "", "affiliationChanged", "superseded", "cessationOfOperation"];
    private static readonly int[] Reasons = [0, 1, 3, 4, 5];

    private CrlFixture(string directory) => Directory = directory;

    public string Directory { get; }

    public string IssuerPem => Path.Combine(Directory, "issuing-ca.pem");

    public string IssuerKey => Path.Combine(Directory, "issuing-ca.key");

    public string ConfigPath => Path.Combine(Directory, "ca.cnf");

    public static async Task<CrlFixture> CreateAsync(int entries)
    {
        var fixture = new CrlFixture(BenchPki.NewDirectory($"crl-{entries}"));
        string connectionString;
        await using (var pki = await BenchPki.OpenAsync(fixture.Directory, deleteOnDispose: false))
        {
            var ca = await pki.CredentialsAsync();
            await File.WriteAllTextAsync(fixture.IssuerPem, PemEncoding.WriteString("CERTIFICATE", ca.IssuingCa.GetEncoded()) + "\n");
            await File.WriteAllTextAsync(fixture.IssuerKey, ca.IssuingKey.ExportPkcs8PemForTools());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(fixture.IssuerKey, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            connectionString = pki.ConnectionString;
        }

        await File.WriteAllTextAsync(fixture.ConfigPath,
            "[ ca ]\ndefault_ca = bench\n[ bench ]\ndatabase = index.txt\ncrlnumber = crlnumber\nunique_subject = no\n" +
            "default_md = sha256\ndefault_crl_days = 7\ncrl_extensions = crl_ext\n[ crl_ext ]\nauthorityKeyIdentifier = keyid:always\n");
        await File.WriteAllTextAsync(Path.Combine(fixture.Directory, "crlnumber"), "01\n");
        Populate(connectionString, Path.Combine(fixture.Directory, "index.txt"), entries);
        return fixture;
    }

    private static void Populate(string connectionString, string indexPath, int entries)
    {
        var random = new Random(5280);
        var now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var notAfter = now.AddDays(365);
        var expiry = notAfter.UtcDateTime.ToString("yyMMddHHmmss'Z'", CultureInfo.InvariantCulture);
        var seen = new HashSet<string>(entries, StringComparer.Ordinal);
        var serialBytes = new byte[16];

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText =
            "INSERT INTO pki_certificates (serial, subject_dn, holder_email, profile, not_before, not_after, issued_at, der, " +
            "revoked_at, revocation_reason, invalidity_date) VALUES ($serial, 'CN=bench', 'bench@bench.test', 'bench', $nb, $na, $nb, x'', $rev, $reason, $inv)";
        var serial = insert.Parameters.Add("$serial", SqliteType.Text);
        insert.Parameters.AddWithValue("$nb", now.AddDays(-400).ToUnixTimeMilliseconds());
        insert.Parameters.AddWithValue("$na", notAfter.ToUnixTimeMilliseconds());
        var revokedAt = insert.Parameters.Add("$rev", SqliteType.Integer);
        var reason = insert.Parameters.Add("$reason", SqliteType.Integer);
        var invalidity = insert.Parameters.Add("$inv", SqliteType.Integer);
        insert.Prepare();

        using var index = new StreamWriter(indexPath, append: false, Encoding.ASCII, 1 << 20);
        for (var i = 0; i < entries; i++)
        {
            string hex;
            do
            {
                random.NextBytes(serialBytes);
                serialBytes[0] &= 0x7F;
                serialBytes[0] |= 0x01; // 121 to 127 bits: no leading zero octet, like most real serials
                hex = Convert.ToHexStringLower(serialBytes);
            }
            while (!seen.Add(hex));

            var at = now.AddSeconds(-random.Next(1, 365 * 24 * 3600));
            var code = Reasons[i % Reasons.Length];
            DateTimeOffset? invalid = code == 1 ? at.AddDays(-1) : null;
            serial.Value = hex;
            revokedAt.Value = at.ToUnixTimeMilliseconds();
            reason.Value = code;
            invalidity.Value = invalid is { } date ? date.ToUnixTimeMilliseconds() : DBNull.Value;
            insert.ExecuteNonQuery();

            var revocation = at.UtcDateTime.ToString("yyMMddHHmmss'Z'", CultureInfo.InvariantCulture);
            if (code != 0)
            {
                revocation += "," + ReasonNames[code];
            }

            if (invalid is { } compromised)
            {
                revocation += "," + compromised.UtcDateTime.ToString("yyyyMMddHHmmss'Z'", CultureInfo.InvariantCulture);
            }

            index.Write(string.Create(CultureInfo.InvariantCulture, $"R\t{expiry}\t{revocation}\t{hex.ToUpperInvariant()}\tunknown\t/CN=h{i}\n"));
        }

        transaction.Commit();
    }
}
