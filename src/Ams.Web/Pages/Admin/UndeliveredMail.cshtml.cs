using Ams.Web.Features.Accounts;
using Ams.Web.Operations.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Admin;

/// <summary>Mail given up on, with a resend for one or all of it.</summary>
[Authorize(Policy = Roles.Admin)]
public sealed class UndeliveredMailModel(UndeliveredMail mail) : PageModel
{
    /// <summary>The undelivered mails, newest first.</summary>
    public IReadOnlyList<UndeliveredMailView> Mails { get; private set; } = [];

    /// <summary>How many the last resend sent again.</summary>
    [TempData]
    public int? Resent { get; set; }

    /// <summary>Lists them.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Mails = await mail.ListAsync(cancellationToken);

    /// <summary>Sends one again (<paramref name="id"/>), or all; then shows the list (post, redirect, get).</summary>
    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        Resent = await mail.ResendAsync(id, cancellationToken);
        return RedirectToPage();
    }
}
