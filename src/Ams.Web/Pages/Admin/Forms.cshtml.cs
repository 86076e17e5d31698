using Ams.Web.Features.Accounts;
using Ams.Web.Operations.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Admin;

/// <summary>The forms with their latest version; a new form is opened in the editor by its id.</summary>
[Authorize(Policy = Roles.Admin)]
public sealed class FormsModel(ResourceStore store) : PageModel
{
    /// <summary>The latest version of each form.</summary>
    public IReadOnlyList<ResourceVersion> Forms { get; private set; } = [];

    /// <summary>Why the new id was refused.</summary>
    public string? Message { get; private set; }

    /// <summary>Lists the forms, or opens the editor on <paramref name="id"/>.</summary>
    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            if (Operations.Resources.ResourceIds.IsSafe(id))
            {
                return Redirect($"/admin/forms/{id}");
            }

            Message = "id: a-z, 0-9, -";
        }

        Forms = await store.LatestOfEachAsync(ResourceKinds.Form, cancellationToken);
        return Page();
    }
}
