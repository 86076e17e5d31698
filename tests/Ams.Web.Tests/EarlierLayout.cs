using Microsoft.Data.Sqlite;

namespace Ams.Web.Tests;

/// <summary>
/// Turns a data folder of this release into what the release before one-database wrote: the CA's tables in their own
/// file <c>pki/pki.db</c> (created without migrations), its keys and certificates as PEM files beside it, and the
/// data-protection keys as XML files in <c>keys/</c>, none of them in <c>ams.db</c>.
/// </summary>
public static class EarlierLayout
{
    public static async Task WriteAsync(string dataFolder)
    {
        var pki = Path.Combine(dataFolder, "pki");
        var keys = Directory.CreateDirectory(Path.Combine(dataFolder, "keys")).FullName;
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "ams.db")};Pooling=false");
        await connection.OpenAsync();
        await foreach (var (name, pem) in ReadAsync(connection, "SELECT name, pem FROM pki_ca_keys"))
        {
            await File.WriteAllTextAsync(Path.Combine(pki, name), pem);
        }

        await foreach (var (name, xml) in ReadAsync(connection, "SELECT FriendlyName, Xml FROM ams_data_protection_keys"))
        {
            await File.WriteAllTextAsync(Path.Combine(keys, name + ".xml"), xml);
        }

        await ExecuteAsync(connection, $"""
            ATTACH DATABASE '{Path.Combine(pki, "pki.db")}' AS earlier;
            CREATE TABLE earlier.pki_certificates AS SELECT * FROM main.pki_certificates;
            CREATE TABLE earlier.pki_enrollments AS SELECT * FROM main.pki_enrollments;
            CREATE TABLE earlier.pki_crl_state AS SELECT id, crl_number, last_published_at, pending_since, revocation_count, published_revocation_count FROM main.pki_crl_state;
            DETACH DATABASE earlier;
            DROP TABLE pki_certificates; DROP TABLE pki_enrollments; DROP TABLE pki_crl_state; DROP TABLE pki_ca_keys; DROP TABLE __pki_migrations;
            DROP TABLE ams_data_protection_keys; DELETE FROM __ams_migrations WHERE MigrationId LIKE '%_DataProtectionKeys';
            """);
    }

    private static async IAsyncEnumerable<(string, string)> ReadAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            yield return (reader.GetString(0), reader.GetString(1));
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
