using Ams.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Admin;

/// <summary>One form in form-js's editor: its latest version (or <c>?version=</c>), save as the next version, the version list.</summary>
[Authorize(Policy = Roles.Admin)]
public sealed class FormsEditorModel : PageModel
{
    /// <summary>The form's id.</summary>
    public string FormId { get; private set; } = "";

    /// <summary>Shows the editor; the script loads the form through the API.</summary>
    public IActionResult OnGet(string id)
    {
        if (!Operations.Resources.ResourceIds.IsSafe(id))
        {
            return NotFound();
        }

        FormId = id;
        return Page();
    }
}
