using Ams.Pki.Revocation;
using Ams.Pki.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Ams.Pki.Tests.Authority;

/// <summary>An installation of the release that kept keys as files and created its tables without migrations.</summary>
public sealed class EarlierReleaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Keys_in_files_and_tables_without_a_migration_history_are_taken_over_with_every_certificate()
    {
        var earlier = Path.Combine(Path.GetTempPath(), "ams-pki-tests", "earlier-" + Guid.NewGuid().ToString("N"));
        var legacyDirectory = Path.Combine(earlier, "pki");
        var legacyDatabase = Path.Combine(earlier, "pki.db");
        byte[] issuing;
        string revokedSerial;
        string validSerial;
        await using (var pki = await TestPki.StartAsync(o => o.KeyPassphrase = "passphrase of the earlier release"))
        {
            issuing = (await pki.Authority.GetCaCertificatesAsync(Ct)).IssuingCaDer;
            revokedSerial = (await pki.IssueAsync("a@example.id")).Certificate.Serial;
            validSerial = (await pki.IssueAsync("b@example.id")).Certificate.Serial;
            Assert.True((await pki.Authority.RevokeAsync(revokedSerial, RevocationReason.KeyCompromise, RevocationActor.Holder, cancellationToken: Ct)).Succeeded);

            // The earlier layout: every PEM as a file of the data directory, the tables without history, keys or stored CRL.
            Directory.CreateDirectory(legacyDirectory);
            foreach (var (name, pem) in await pki.StoredPemsAsync())
            {
                await File.WriteAllTextAsync(Path.Combine(legacyDirectory, name), pem, Ct);
            }

            await using var source = new SqliteConnection(pki.Options.ConnectionString);
            await source.OpenAsync(Ct);
            await using var backup = new SqliteConnection($"Data Source={legacyDatabase}");
            source.BackupDatabase(backup);
            await backup.OpenAsync(Ct);
            await using var strip = backup.CreateCommand();
            strip.CommandText = "DROP TABLE pki_ca_keys; DROP TABLE __pki_migrations; ALTER TABLE pki_crl_state DROP COLUMN current_crl; " +
                "DROP INDEX IX_pki_enrollments_reference; ALTER TABLE pki_enrollments DROP COLUMN reference;";
            await strip.ExecuteNonQueryAsync(Ct);
        }

        await using var upgraded = await TestPki.StartAsync(o =>
        {
            o.KeyPassphrase = "passphrase of the earlier release";
            o.DataDirectory = legacyDirectory;
            o.ConnectionString = $"Data Source={legacyDatabase}";
        });

        Assert.Equal(issuing, (await upgraded.Authority.GetCaCertificatesAsync(Ct)).IssuingCaDer);
        Assert.Equal(6, (await upgraded.StoredPemsAsync()).Count);
        Assert.Empty(Directory.GetFiles(legacyDirectory, "*.key.pem"));
        Assert.Equal("revoked", (await upgraded.Authority.FindBySerialAsync(revokedSerial, Ct))!.StatusAt(upgraded.Clock.GetUtcNow()));
        Assert.Equal("valid", (await upgraded.Authority.FindBySerialAsync(validSerial, Ct))!.StatusAt(upgraded.Clock.GetUtcNow()));
        var crl = await upgraded.WriteCrlPemAsync();
        var listed = await OpenSsl.RunOkAsync(upgraded.Directory, "crl", "-in", crl, "-noout", "-text");
        Assert.Contains(revokedSerial.ToUpperInvariant(), listed, StringComparison.Ordinal);
        Assert.DoesNotContain(validSerial.ToUpperInvariant(), listed, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        Directory.Delete(earlier, recursive: true);
    }
}
