using System.Globalization;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Issuance;
using Ams.Web.Features.Requests;
using Ams.Web.Infrastructure.Localization;
using Ams.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Holder;

/// <summary>
/// <em>Permohonan Penerbitan</em>: a product with its usages, the subject from the account (read-only), the documents the
/// product asks for. Filing and its rules are <see cref="IssuanceApplications"/>'s, as for the API; the page only words
/// the outcome in the reader's language.
/// </summary>
[Authorize(Policy = Roles.Holder)]
public sealed class ApplyModel(IssuanceApplications applications, UserManager<AmsUser> users) : PageModel
{
    /// <summary>What a holder may apply for.</summary>
    public IReadOnlyList<IssuanceProduct> Products => IssuanceProduct.All;

    /// <summary>The subject as the account gives it.</summary>
    public IssuanceSubject Subject { get; private set; } = null!;

    /// <summary>The product picked (the first by default).</summary>
    public string Product { get; private set; } = IssuanceProduct.All[0].Profile.Name;

    /// <summary>Why a field was refused, in the reader's language, by field name.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The server's own wording of the refusal (English), as a hint.</summary>
    public string? Detail { get; private set; }

    /// <summary>A refusal that is not about one field.</summary>
    public string? Message { get; private set; }

    /// <summary>The largest document, in MB.</summary>
    public static long MaxMegabytes => DocumentContentType.MaxBytes / (1024 * 1024);

    /// <summary>Shows the form.</summary>
    public async Task<IActionResult> OnGetAsync() => await LoadSubjectAsync() ? Page() : Challenge();

    /// <summary>Files the application, then redirects to <em>Status Permohonan</em>, which says so once (post/redirect/get).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var form = await Request.ReadFormAsync(cancellationToken);
        var outcome = await applications.ApplyAsync(User, form, cancellationToken);
        switch (outcome.Kind)
        {
            case IssuanceOutcomeKind.Done:
                PageNotice.Succeeded(TempData, string.Format(CultureInfo.InvariantCulture, Texts.Get("applicationFiledNumbered"), RequestNumber.Of(outcome.RequestId)));
                return Redirect("/permohonan");
            case IssuanceOutcomeKind.NotFound:
                return Challenge();
            case IssuanceOutcomeKind.Invalid when outcome.Field == "product":
                Errors["product"] = Texts.Get("productInvalid");
                break;
            case IssuanceOutcomeKind.Invalid:
                Errors[outcome.Field!] = form.Files.GetFile(outcome.Field!) is null
                    ? Texts.Get("documentMissing")
                    : string.Format(CultureInfo.InvariantCulture, Texts.Get("documentInvalid"), MaxMegabytes);
                break;
            case IssuanceOutcomeKind.Conflict:
                Message = Texts.Get("applicationOpen");
                break;
            default:
                Message = Texts.Get("tryLater");
                break;
        }

        Detail = outcome.Message;
        Product = IssuanceProduct.Find(form["product"]) is { } picked ? picked.Profile.Name : Product;
        return await LoadSubjectAsync() ? Page() : Challenge();
    }

    private async Task<bool> LoadSubjectAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return false;
        }

        Subject = IssuanceSubject.Of(account);
        return true;
    }
}
