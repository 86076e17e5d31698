using Ams.Pki;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Requests;
using Ams.Web.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Operations.Audit;

/// <summary>
/// Records what the embedded certification authority did (issuance, revocation, CRL publication) in the audit trail; a
/// revocation names the holder's request it executes, when there is one.
/// </summary>
public sealed class PkiAuditListener(AuditTrail audit, AmsDatabase database) : IPkiEventListener
{
    /// <inheritdoc />
    public async Task OnEventAsync(PkiEvent pkiEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pkiEvent);
        var type = pkiEvent.Kind switch
        {
            PkiEventKind.CertificateIssued => AuditEventTypes.CertificateIssued,
            PkiEventKind.CertificateRevoked => AuditEventTypes.CertificateRevoked,
            _ => AuditEventTypes.CrlPublished,
        };
        var request = pkiEvent.Kind == PkiEventKind.CertificateRevoked ? await RevocationRequestAsync(pkiEvent.Serial!, cancellationToken) : null;
        await audit.RecordAsync(new AuditEvent(type, pkiEvent.Detail, request, pkiEvent.Serial), cancellationToken);
    }

    /// <summary>The approved revocation request of the certificate that waits for the authority, if any.</summary>
    private async Task<Guid?> RevocationRequestAsync(string serial, CancellationToken cancellationToken)
    {
        await using var db = new AmsDbContext(database.ProductOptions());
        return await db.Requests.AsNoTracking()
            .Where(r => r.SerialNumber == serial && r.Kind == RequestKinds.Revoke && r.Verification == VerificationStates.Approved)
            .OrderByDescending(r => r.CreatedAt)
            .Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
