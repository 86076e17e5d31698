using Ams.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages;

/// <summary>The start page sends each person where their work is.</summary>
public sealed class IndexModel : PageModel
{
    /// <summary>Redirects by role.</summary>
    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated != true ? Redirect("/login")
        : User.IsInRole(Roles.Holder) ? Redirect("/sertifikat")
        : User.IsInRole(Roles.Verifier) || User.IsInRole(Roles.Admin) ? Redirect("/inbox")
        : Redirect("/login");
}
