namespace Ams.Web.Infrastructure.Hosting;

/// <summary>
/// How a failed request is answered: a browser asking for a page gets the product's error page (<c>/error/{code}</c>) in
/// its language, re-executed in place so the address and the status stay; the API, the CA's endpoints, the health check
/// and the dashboard keep RFC 7807 problem details. Neither ever shows a stack trace.
/// </summary>
public static class ErrorPages
{
    /// <summary>The error page's address for a status code.</summary>
    public const string PathFormat = "/error/{0}";

    /// <summary>The page shown for a request the caller may not make.</summary>
    public const string Forbidden = "/error/403";

    private static readonly string[] MachinePaths = ["/api", "/pki", "/health", "/hangfire", "/openapi"];

    /// <summary>A browser asking for a page: it accepts HTML and the path is not one that machines call.</summary>
    public static bool IsForBrowser(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsForBrowser(context.Request.Path, context.Request.Headers.Accept);
    }

    /// <summary>Whether a request for <paramref name="path"/> accepting <paramref name="accept"/> is a browser's asking for a page.</summary>
    public static bool IsForBrowser(PathString path, Microsoft.Extensions.Primitives.StringValues accept) =>
        !MachinePaths.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
        && accept.Any(value => value?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>
    /// Adds the exception handler and the status code pages. Both are added to the application itself, not to a branch,
    /// so that re-executing <c>/error/{code}</c> routes again. Around them, problem details answer the machines; inside,
    /// the error page answers browsers, and is switched off for the others.
    /// </summary>
    public static WebApplication UseErrorPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Every request's exception re-executes the error page, which answers a machine's with problem details.
        app.UseExceptionHandler(string.Format(System.Globalization.CultureInfo.InvariantCulture, PathFormat, StatusCodes.Status500InternalServerError));
        app.UseStatusCodePages();
        app.UseStatusCodePagesWithReExecute(PathFormat);
        app.Use((context, next) =>
        {
            // The re-executing middleware's switch (the inner one's feature): off for machines, whose bare status the outer
            // middleware then answers with problem details. A browser's rendered page has a content type the outer one leaves.
            if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = IsForBrowser(context);
            }

            return next(context);
        });
        return app;
    }
}
