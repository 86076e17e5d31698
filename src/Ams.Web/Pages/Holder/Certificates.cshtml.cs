using Ams.Web.Features.Accounts;
using Ams.Web.Features.Certificates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Holder;

/// <summary><em>Sertifikat Anda</em>: the holder's certificates with serial number and end of validity.</summary>
[Authorize(Policy = Roles.Holder)]
public sealed class CertificatesModel(HolderCertificates certificates, TimeProvider clock) : PageModel
{
    /// <summary>The caller's certificates.</summary>
    public IReadOnlyList<CertificateView> Certificates { get; private set; } = [];

    /// <summary>Loads them.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Certificates = (await certificates.ListAsync(User, cancellationToken)).Select(c => CertificateView.From(c, now)).ToList();
    }
}
