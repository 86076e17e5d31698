using Ams.Web.Features.Accounts;
using Ams.Workflow.Store;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Infrastructure.Hosting;

/// <summary>
/// Takes over what an earlier single-node release kept beside its SQLite file: the CA's own SQLite file
/// (<c>data/pki/pki.db</c>) and the data-protection keys folder (<c>data/keys</c>). Each moves into the one database
/// once, in one transaction; the CA's key files are taken over by the CA itself on its first start.
/// </summary>
public sealed class EarlierReleaseImport(AmsDatabase database, AmsPaths paths, AmsDbContext db, ILogger<EarlierReleaseImport> logger)
{
    private const string CertificateColumns =
        "id, serial, subject_dn, holder_email, profile, not_before, not_after, issued_at, der, revoked_at, revocation_reason, invalidity_date";

    private const string EnrollmentColumns = "id, kind, payload, state, created_at, started_at, completed_at, result, failure_reason";

    /// <summary>Imports whatever of the earlier layout is still there.</summary>
    public async Task ImportAsync(CancellationToken cancellationToken)
    {
        await ImportDataProtectionKeysAsync(cancellationToken);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await ImportPkiDatabaseAsync(cancellationToken);
        }
    }

    private async Task ImportDataProtectionKeysAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(paths.Data, "keys");
        if (!Directory.Exists(folder))
        {
            return;
        }

        var files = Directory.GetFiles(folder, "*.xml");
        var known = (await db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var file in files.Where(f => !known.Contains(Path.GetFileNameWithoutExtension(f))))
        {
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = Path.GetFileNameWithoutExtension(file), Xml = await File.ReadAllTextAsync(file, cancellationToken) });
        }

        await db.SaveChangesAsync(cancellationToken);
        Directory.Delete(folder, recursive: true);
        logger.LogInformation("Moved {Count} data-protection keys from {Folder} into the database.", files.Length, folder);
    }

    private async Task ImportPkiDatabaseAsync(CancellationToken cancellationToken)
    {
        var legacy = Path.Combine(paths.Data, "pki", "pki.db");
        if (!File.Exists(legacy) || Path.GetFullPath(legacy) == Path.GetFullPath(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource))
        {
            return;
        }

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "ATTACH DATABASE @file AS earlier", cancellationToken, ("@file", legacy));
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            if (await CountAsync(connection, transaction, "SELECT COUNT(*) FROM main.pki_certificates", cancellationToken) > 0)
            {
                logger.LogWarning("{File} was left alone: the database already holds certificates.", legacy);
                return;
            }

            var certificates = await ExecuteAsync(connection, transaction,
                $"INSERT INTO main.pki_certificates ({CertificateColumns}) SELECT {CertificateColumns} FROM earlier.pki_certificates", cancellationToken);
            await ExecuteAsync(connection, transaction,
                $"INSERT INTO main.pki_enrollments ({EnrollmentColumns}) SELECT {EnrollmentColumns} FROM earlier.pki_enrollments", cancellationToken);
            await ExecuteAsync(connection, transaction,
                """
                UPDATE main.pki_crl_state SET (crl_number, last_published_at, pending_since, revocation_count, published_revocation_count) =
                    (SELECT crl_number, last_published_at, pending_since, revocation_count, published_revocation_count FROM earlier.pki_crl_state WHERE id = 1)
                WHERE id = 1 AND EXISTS (SELECT 1 FROM earlier.pki_crl_state WHERE id = 1)
                """,
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Moved {Count} certificates from {File} into the database.", certificates, legacy);
        }
        finally
        {
            await ExecuteAsync(connection, null, "DETACH DATABASE earlier", CancellationToken.None);
        }

        foreach (var file in new[] { legacy, legacy + "-wal", legacy + "-shm" }.Where(File.Exists))
        {
            File.Move(file, file.Replace("pki.db", "pki.db.imported", StringComparison.Ordinal), overwrite: true);
        }
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> CountAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
