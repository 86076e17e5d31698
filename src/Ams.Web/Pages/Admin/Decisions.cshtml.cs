using System.Text.Json;
using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Admin;

/// <summary>The decision table editor (dmn-js): the page is a shell, its script talks to the decisions API.</summary>
[Authorize(Policy = Roles.Admin)]
public sealed class DecisionsModel : PageModel
{
    private static readonly string[] ScriptTexts =
    [
        "designerCannotOpen", "designerProblemsBlock", "designerAccepted", "designerDeployed", "designerUnchanged",
        "designerNotDeployed", "decisionsNew", "decisionsNoneDeployed",
    ];

    /// <summary>The script's messages in the page's language, as JSON (HTML-safe: the encoder escapes angle brackets).</summary>
    public string TextsJson => JsonSerializer.Serialize(ScriptTexts.ToDictionary(key => key, Texts.Get));

    /// <summary>Shows the editor.</summary>
    public void OnGet()
    {
    }
}
