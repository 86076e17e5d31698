using System.Globalization;
using Ams.Pki.Revocation;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Certificates;
using Ams.Web.Features.Requests;
using Ams.Web.Infrastructure.Localization;
using Ams.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Pages.Holder;

/// <summary>
/// <em>Info Sertifikat</em>: the seed's fields, the status (with the reason and the date once revoked), the downloads, and
/// <em>Revoke</em> with the holder's reasons (default UNSPECIFIED). The revoke form posts, then redirects: to
/// <em>Status Permohonan</em> with a notice when filed, back here with the refusal otherwise.
/// </summary>
[Authorize(Policy = Roles.Holder)]
public sealed class CertificateModel(HolderCertificates certificates, AmsDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The certificate.</summary>
    public CertificateView Certificate { get; private set; } = null!;

    /// <summary>When it was revoked, null while it is not.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>When an OP verifier approved its issuance, when known.</summary>
    public DateTimeOffset? VerifiedAt { get; private set; }

    /// <summary>Who approved its issuance, when known.</summary>
    public string? VerifiedBy { get; private set; }

    /// <summary>The request in progress for it, if any.</summary>
    public HolderRequest? OpenRequest { get; private set; }

    /// <summary>The reasons a holder may choose, by upper-case name.</summary>
    public IReadOnlyList<string> Reasons { get; } = RevocationReasons.HolderReasons.Select(RevocationReasons.ToName).ToList();

    /// <summary>Shows the certificate.</summary>
    public async Task<IActionResult> OnGetAsync(string serial, CancellationToken cancellationToken) =>
        await LoadAsync(serial, cancellationToken) ? Page() : NotFound();

    /// <summary>Files the revocation request, then redirects: a reload of the page shown next posts nothing again.</summary>
    public async Task<IActionResult> OnPostAsync(string serial, string? reason, CancellationToken cancellationToken)
    {
        var filing = await certificates.RequestRevocationAsync(User, serial, reason, cancellationToken);
        switch (filing.Kind)
        {
            case RevocationFilingKind.Filed:
                PageNotice.Succeeded(TempData, string.Format(CultureInfo.InvariantCulture, Texts.Get("revocationFiled"),
                    RequestNumber.Of(filing.RequestId), serial.ToLowerInvariant()));
                return Redirect("/permohonan");
            case RevocationFilingKind.NotFound:
                return NotFound();
            default:
                PageNotice.Failed(TempData, filing.Kind switch
                {
                    RevocationFilingKind.Refused => Texts.Get("revokeReasonRefused"),
                    RevocationFilingKind.Conflict => Texts.Get("revokeConflict"),
                    _ => Texts.Get("tryLater"),
                });
                return Redirect($"/sertifikat/{Uri.EscapeDataString(serial.ToLowerInvariant())}");
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
        RevokedAt = certificate.RevokedAt;
        OpenRequest = await certificates.FindOpenRequestAsync(certificate.Serial, cancellationToken);
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
