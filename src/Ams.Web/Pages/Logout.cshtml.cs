using Ams.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages;

/// <summary>Signs out (POST only, with antiforgery).</summary>
public sealed class LogoutModel(SignInManager<AmsUser> signIn) : PageModel
{
    /// <summary>Ends the session.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/login");
    }
}
