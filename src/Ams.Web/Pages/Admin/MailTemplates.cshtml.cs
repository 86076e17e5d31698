using Ams.Web.Features.Accounts;
using Ams.Web.Operations.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Admin;

/// <summary>The mail templates with the latest version of each language; a new one is opened in the editor by its id.</summary>
[Authorize(Policy = Roles.Admin)]
public sealed class MailTemplatesModel(ResourceStore store) : PageModel
{
    /// <summary>The latest version of each template variant, by template id.</summary>
    public IReadOnlyList<IGrouping<string, ResourceVersion>> Templates { get; private set; } = [];

    /// <summary>Why the new id was refused.</summary>
    public string? Message { get; private set; }

    /// <summary>Lists the templates, or opens the editor on <paramref name="id"/>.</summary>
    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            if (Operations.Resources.ResourceIds.IsSafe(id))
            {
                return Redirect($"/admin/mail-templates/{id}");
            }

            Message = "id: a-z, 0-9, -";
        }

        Templates = (await store.LatestOfEachAsync(ResourceKinds.MailTemplate, cancellationToken)).GroupBy(v => MailTemplateKey.IdOf(v.Key)).ToList();
        return Page();
    }
}
