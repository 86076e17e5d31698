using System.Collections.Concurrent;
using System.Data.Common;
using Ams.Pki.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ams.Pki.Ocsp;

/// <summary>
/// Reads a certificate's revocation status straight from the database (one indexed lookup per serial),
/// so a revocation shows at once. Open connections with their prepared statement are kept for reuse:
/// preparing the statement again for each request costs as much as the lookup itself.
/// </summary>
internal sealed class CertificateStatusLookup : IDisposable
{
    private const int MaxIdle = 16;

    private readonly DbProviderFactory _provider;
    private readonly string _connectionString;
    private readonly ConcurrentBag<PreparedLookup> _idle = [];

    public CertificateStatusLookup(IDbContextFactory<PkiDbContext> dbFactory)
    {
        using var db = dbFactory.CreateDbContext();
        var template = db.Database.GetDbConnection();
        _provider = DbProviderFactories.GetFactory(template) ?? throw new InvalidOperationException("The PKI's database provider has no connection factory.");
        _connectionString = db.Database.GetConnectionString() ?? "";
    }

    public OcspCertStatus[] Lookup(IReadOnlyList<OcspCertId> certIds, Func<OcspCertId, bool> issuedByUs)
    {
        var statuses = new OcspCertStatus[certIds.Count];
        PreparedLookup? lookup = null;
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

                lookup ??= _idle.TryTake(out var idle) ? idle : new PreparedLookup(_provider, _connectionString);
                statuses[i] = lookup.Read(certId.Serial);
            }

            if (lookup is not null && _idle.Count < MaxIdle)
            {
                _idle.Add(lookup);
                lookup = null;
            }

            return statuses;
        }
        finally
        {
            lookup?.Dispose(); // failed midway, or enough idle ones already
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var lookup))
        {
            lookup.Dispose();
        }
    }

    /// <summary>An open connection and its prepared status query.</summary>
    private sealed class PreparedLookup : IDisposable
    {
        private readonly DbConnection _connection;
        private readonly DbCommand _command;
        private readonly DbParameter _serial;

        public PreparedLookup(DbProviderFactory provider, string connectionString)
        {
            _connection = provider.CreateConnection()!;
            _connection.ConnectionString = connectionString;
            _connection.Open();
            _command = _connection.CreateCommand();
            _command.CommandText = "SELECT revoked_at, revocation_reason FROM pki_certificates WHERE serial = @serial";
            _serial = _command.CreateParameter();
            _serial.ParameterName = "@serial";
            _serial.DbType = System.Data.DbType.String;
            _serial.Value = "";
            _command.Parameters.Add(_serial);
            _command.Prepare();
        }

        public OcspCertStatus Read(string serial)
        {
            _serial.Value = serial;
            using var reader = _command.ExecuteReader();
            return !reader.Read()
                ? OcspCertStatus.Unknown
                : reader.IsDBNull(0)
                    ? OcspCertStatus.Good
                    : new OcspCertStatus(OcspCertStatusKind.Revoked, reader.GetInt64(0), reader.IsDBNull(1) ? 0 : reader.GetInt32(1));
        }

        public void Dispose()
        {
            _command.Dispose();
            _connection.Dispose();
        }
    }
}
