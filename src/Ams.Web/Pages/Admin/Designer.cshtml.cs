using System.Text.Json;
using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Admin;

/// <summary>The BPMN designer: the page is a shell, its script talks to the workflows and designer API.</summary>
[Authorize(Policy = Roles.Admin)]
public sealed class DesignerModel : PageModel
{
    private static readonly string[] ScriptTexts =
    [
        "designerImportWarnings", "designerCannotOpen", "designerNoVersion", "designerProblemsBlock", "designerAccepted",
        "designerDeployed", "designerUnchanged", "designerNotDeployed", "designerTemplatesFailed", "designerNewProcess",
        "designerConfirmText", "designerConfirmUnchanged", "designerDeployCancelled",
    ];

    /// <summary>The script's messages in the page's language, as JSON (HTML-safe: the encoder escapes angle brackets).</summary>
    public string TextsJson => JsonSerializer.Serialize(ScriptTexts.ToDictionary(key => key, Texts.Get));

    /// <summary>Shows the designer.</summary>
    public void OnGet()
    {
    }
}
