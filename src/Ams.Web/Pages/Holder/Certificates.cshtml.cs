using Ams.Web.Features.Accounts;
using Ams.Web.Features.Certificates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Holder;

/// <summary><em>Sertifikat Anda</em>: the holder's certificates with serial number, end of validity and status in words.</summary>
[Authorize(Policy = Roles.Holder)]
public sealed class CertificatesModel(HolderCertificates certificates, TimeProvider clock) : PageModel
{
    /// <summary>The status a valid certificate shows while its revocation request is in progress.</summary>
    public const string RevocationRequested = "revocation-requested";

    private IReadOnlySet<string> revocationsInProgress = new HashSet<string>();

    /// <summary>The caller's certificates.</summary>
    public IReadOnlyList<CertificateView> Certificates { get; private set; } = [];

    /// <summary>
    /// <c>valid</c>, <c>revoked</c>, <c>expired</c>, or <see cref="RevocationRequested"/> for a valid one whose revocation
    /// is in progress: the holder sees that their request is being handled.
    /// </summary>
    public string StatusOf(CertificateView certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.Status == "valid" && revocationsInProgress.Contains(certificate.SerialNumber) ? RevocationRequested : certificate.Status;
    }

    /// <summary>Loads them.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Certificates = (await certificates.ListAsync(User, cancellationToken)).Select(c => CertificateView.From(c, now)).ToList();
        revocationsInProgress = await certificates.RevocationsInProgressAsync(User, cancellationToken);
    }
}
