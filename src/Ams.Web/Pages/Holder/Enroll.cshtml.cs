using System.Text;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Issuance;
using Ams.Web.Features.Requests;
using Ams.Web.Infrastructure.Localization;
using Ams.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Holder;

/// <summary>
/// Enrollment of an approved issuance, at the link the approval mail sends: a CSR the holder made (the certificate is then
/// on its <em>Info</em> page), or a key the server makes, answered once as the PKCS#12 download. Both go through
/// <see cref="HolderEnrollment"/>, as the API does. The passphrase is read from the form only, never bound, kept or echoed.
/// </summary>
[Authorize(Policy = Roles.Holder)]
public sealed class EnrollModel(HolderEnrollment enrollment) : PageModel
{
    /// <summary>The request waiting for the caller's enrollment.</summary>
    public HolderRequest? Application { get; private set; }

    /// <summary>Why the CSR way was refused, in the reader's language.</summary>
    public string? CsrError { get; private set; }

    /// <summary>Why the generated-key way was refused, in the reader's language.</summary>
    public string? KeyError { get; private set; }

    /// <summary>A refusal about the request's state, in the reader's language.</summary>
    public string? Message { get; private set; }

    /// <summary>The server's own wording of the refusal (English), as a hint.</summary>
    public string? Detail { get; private set; }

    /// <summary>Shows the two ways, or why the request is not waiting.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotWaiting();

    /// <summary>Issues for the holder's CSR (pasted or a file), then redirects to the certificate's <em>Info</em>, which says so once.</summary>
    public async Task<IActionResult> OnPostCsrAsync(Guid id, string? csr, IFormFile? csrFile, CancellationToken cancellationToken)
    {
        if (csrFile is { Length: > 0 and <= 64 * 1024 })
        {
            using var reader = new StreamReader(csrFile.OpenReadStream(), Encoding.ASCII);
            csr = await reader.ReadToEndAsync(cancellationToken);
        }

        var outcome = await enrollment.EnrollAsync(User, id, csr, null, cancellationToken);
        if (outcome.Kind == IssuanceOutcomeKind.Done)
        {
            PageNotice.Succeeded(TempData, Texts.Get("certificateIssued"));
            return Redirect($"/sertifikat/{outcome.Serial}");
        }

        CsrError = outcome.Kind == IssuanceOutcomeKind.Invalid ? Texts.Get("csrInvalid") : null;
        return await RefusedAsync(id, outcome, cancellationToken);
    }

    /// <summary>Makes the key and answers with the PKCS#12, once, named after the serial.</summary>
    public async Task<IActionResult> OnPostKeyAsync(Guid id, CancellationToken cancellationToken)
    {
        var passphrase = Request.Form["passphrase"].ToString();
        if (!string.Equals(passphrase, Request.Form["passphraseAgain"].ToString(), StringComparison.Ordinal))
        {
            KeyError = Texts.Get("passphrasesDiffer");
            return await LoadAsync(id, cancellationToken) ? Page() : NotWaiting();
        }

        var outcome = await enrollment.EnrollAsync(User, id, null, passphrase, cancellationToken);
        if (outcome.Kind == IssuanceOutcomeKind.Done)
        {
            Response.Headers.CacheControl = "no-store";
            return File(outcome.Content!, outcome.ContentType!, $"{outcome.Serial}.p12");
        }

        KeyError = outcome.Kind == IssuanceOutcomeKind.Invalid ? Texts.Get("passphraseWeak") : null;
        return await RefusedAsync(id, outcome, cancellationToken);
    }

    private async Task<IActionResult> RefusedAsync(Guid id, IssuanceOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Kind == IssuanceOutcomeKind.NotFound)
        {
            return NotFound();
        }

        Detail = outcome.Message;
        Message = outcome.Kind switch
        {
            IssuanceOutcomeKind.Invalid => null,
            IssuanceOutcomeKind.Conflict => Texts.Get("notWaitingForEnrollment"),
            _ => Texts.Get("tryLater"),
        };
        return await LoadAsync(id, cancellationToken) ? Page() : NotWaiting();
    }

    private IActionResult NotWaiting()
    {
        Message ??= Texts.Get("notWaitingForEnrollment");
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await enrollment.FindWaitingAsync(User, id, cancellationToken) is not { } request)
        {
            return false;
        }

        Application = request;
        return true;
    }
}
