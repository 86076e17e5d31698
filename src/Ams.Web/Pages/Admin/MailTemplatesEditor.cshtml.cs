using Ams.Web.Features.Accounts;
using Ams.Web.Operations.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Admin;

/// <summary>One mail template: per language a text, a live preview with sample variables, save as the next version, the versions.</summary>
[Authorize(Policy = Roles.Admin)]
public sealed class MailTemplatesEditorModel : PageModel
{
    /// <summary>The template's id.</summary>
    public string TemplateId { get; private set; } = "";

    /// <summary>Shows the editor; the script loads each language through the API.</summary>
    public IActionResult OnGet(string id)
    {
        if (!Operations.Resources.ResourceIds.IsSafe(id))
        {
            return NotFound();
        }

        TemplateId = id;
        return Page();
    }
}
