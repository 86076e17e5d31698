using Ams.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages;

/// <summary>
/// The error page a browser gets for 404, 403, 500 and any other failed status, re-executed in place by
/// <see cref="Infrastructure.Hosting.ErrorPages"/>: in the product's look and the reader's language, with a way back,
/// and never the failure's details. It answers for the method of the request that failed, so a failed post lands here too.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    /// <summary>The status code shown and answered.</summary>
    public int Code { get; private set; }

    /// <summary>The heading.</summary>
    public string Title { get; private set; } = "";

    /// <summary>What happened and what the reader can do.</summary>
    public string Message { get; private set; } = "";

    /// <summary>For a server failure, the request's identifier as it is in the log, for the administrator.</summary>
    public string? Reference { get; private set; }

    /// <summary>The page of this site the reader came from, when known.</summary>
    public string? Previous { get; private set; }

    /// <summary>Shows the page for <paramref name="code"/>.</summary>
    public IActionResult OnGet(int code) => Show(code);

    /// <summary>The same page for a post that failed.</summary>
    public IActionResult OnPost(int code) => Show(code);

    private IActionResult Show(int code)
    {
        // An API call's failure re-executes here too (the exception handler cannot tell): it gets problem details, in JSON
        // whatever it accepts, with the request's identifier and nothing of the failure.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is { } failure
            && !Infrastructure.Hosting.ErrorPages.IsForBrowser(failure.Path, Request.Headers.Accept))
        {
            return new ObjectResult(new ProblemDetails
            {
                Status = code,
                Title = "An unexpected error occurred.",
                Detail = "The request could not be completed. The administrator can find it in the log by its request id.",
                Extensions = { ["requestId"] = HttpContext.TraceIdentifier },
            })
            { StatusCode = code, ContentTypes = { "application/problem+json" } };
        }

        Code = code;
        Response.StatusCode = code;
        var kind = code switch
        {
            StatusCodes.Status403Forbidden => "Forbidden",
            StatusCodes.Status404NotFound => "NotFound",
            >= StatusCodes.Status500InternalServerError => "ServerError",
            _ => "Other",
        };
        Title = Texts.Get("error" + kind + "Title");
        Message = Texts.Get("error" + kind + "Message");
        Reference = code >= StatusCodes.Status500InternalServerError ? HttpContext.TraceIdentifier : null;
        Previous = PreviousPage();
        return Page();
    }

    /// <summary>The referring page when it is one of this site's, other than the one that failed.</summary>
    private string? PreviousPage()
    {
        if (!Uri.TryCreate(Request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
            || !string.Equals(referer.Authority, Request.Host.Value, StringComparison.OrdinalIgnoreCase)
            || referer.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var failed = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath;
        return string.Equals(referer.AbsolutePath, failed, StringComparison.Ordinal) ? null : referer.PathAndQuery;
    }
}
