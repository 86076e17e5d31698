using Ams.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Admin;

/// <summary>The BPMN designer: the page is a shell, its script talks to the workflows and designer API.</summary>
[Authorize(Policy = Roles.Admin)]
public sealed class DesignerModel : PageModel
{
    /// <summary>Shows the designer.</summary>
    public void OnGet()
    {
    }
}
