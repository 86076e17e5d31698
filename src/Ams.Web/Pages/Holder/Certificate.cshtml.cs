using Ams.Pki.Revocation;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Certificates;
using Ams.Web.Features.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Pages.Holder;

/// <summary><em>Info Sertifikat</em>: the seed's fields, the holder's revoke reasons (default UNSPECIFIED) and <em>Revoke</em>.</summary>
[Authorize(Policy = Roles.Holder)]
public sealed class CertificateModel(HolderCertificates certificates, AmsDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The certificate.</summary>
    public CertificateView Certificate { get; private set; } = null!;

    /// <summary>When an OP verifier approved its issuance, when known.</summary>
    public DateTimeOffset? VerifiedAt { get; private set; }

    /// <summary>Who approved its issuance, when known.</summary>
    public string? VerifiedBy { get; private set; }

    /// <summary>Whether the page follows the holder's enrollment.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Issued { get; set; }

    /// <summary>Whether a request for it is already in progress.</summary>
    public bool RequestOpen { get; private set; }

    /// <summary>The reasons a holder may choose.</summary>
    public IReadOnlyList<string> Reasons { get; } = RevocationReasons.HolderReasons.Select(RevocationReasons.ToName).ToList();

    /// <summary>Why the last revoke was refused.</summary>
    public string? Message { get; private set; }

    /// <summary>Shows the certificate.</summary>
    public async Task<IActionResult> OnGetAsync(string serial, CancellationToken cancellationToken) =>
        await LoadAsync(serial, cancellationToken) ? Page() : NotFound();

    /// <summary>Files the revocation request, then shows <em>Status Permohonan</em>.</summary>
    public async Task<IActionResult> OnPostAsync(string serial, string? reason, CancellationToken cancellationToken)
    {
        var filing = await certificates.RequestRevocationAsync(User, serial, reason, cancellationToken);
        switch (filing.Kind)
        {
            case RevocationFilingKind.Filed:
                return Redirect("/permohonan");
            case RevocationFilingKind.NotFound:
                return NotFound();
            default:
                Message = filing.Message;
                return await LoadAsync(serial, cancellationToken) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(string serial, CancellationToken cancellationToken)
    {
        var certificate = await certificates.FindAsync(User, serial, cancellationToken);
        if (certificate is null)
        {
            return false;
        }

        Certificate = CertificateView.From(certificate, clock.GetUtcNow());
        RequestOpen = await certificates.HasOpenRequestAsync(certificate.Serial, cancellationToken);
        var lower = certificate.Serial.ToLowerInvariant();
        var issuance = (await db.Requests.AsNoTracking()
                .Where(r => r.SerialNumber == lower && r.Kind == RequestKinds.Issue && r.Verification == VerificationStates.Approved)
                .ToListAsync(cancellationToken))
            .FirstOrDefault();
        VerifiedAt = issuance?.DecidedAt ?? certificate.NotBefore;
        VerifiedBy = issuance?.DecidedBy;
        return true;
    }
}
