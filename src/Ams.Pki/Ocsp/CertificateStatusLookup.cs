using Microsoft.Data.Sqlite;

namespace Ams.Pki.Ocsp;

/// <summary>Reads a certificate's revocation status straight from the database (one indexed lookup per serial).</summary>
internal sealed class CertificateStatusLookup(PkiOptions options)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder(options.ConnectionString)
    {
        Pooling = true,
        Mode = SqliteOpenMode.ReadWriteCreate,
    }.ToString();

    public OcspCertStatus[] Lookup(IReadOnlyList<OcspCertId> certIds, Func<OcspCertId, bool> issuedByUs)
    {
        var statuses = new OcspCertStatus[certIds.Count];
        SqliteConnection? connection = null;
        SqliteCommand? command = null;
        try
        {
            for (var i = 0; i < certIds.Count; i++)
            {
                var certId = certIds[i];
                if (certId.Serial is null || !issuedByUs(certId))
                {
                    statuses[i] = OcspCertStatus.Unknown;
                    continue;
                }

                if (command is null)
                {
                    connection = new SqliteConnection(_connectionString);
                    connection.Open();
                    command = connection.CreateCommand();
                    command.CommandText = "SELECT revoked_at, revocation_reason FROM pki_certificates WHERE serial = $serial";
                    command.Parameters.Add("$serial", SqliteType.Text);
                }

                command.Parameters[0].Value = certId.Serial;
                using var reader = command.ExecuteReader();
                statuses[i] = !reader.Read()
                    ? OcspCertStatus.Unknown
                    : reader.IsDBNull(0)
                        ? OcspCertStatus.Good
                        : new OcspCertStatus(OcspCertStatusKind.Revoked, reader.GetInt64(0), reader.IsDBNull(1) ? 0 : reader.GetInt32(1));
            }

            return statuses;
        }
        finally
        {
            command?.Dispose();
            connection?.Dispose();
        }
    }
}
