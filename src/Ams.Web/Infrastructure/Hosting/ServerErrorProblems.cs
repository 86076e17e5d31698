using Microsoft.AspNetCore.Diagnostics;

namespace Ams.Web.Infrastructure.Hosting;

/// <summary>
/// An unexpected failure of a request that is not a browser's (the API, the CA's endpoints): 500 problem details with a
/// general title and the request's identifier, never the exception's message or stack. A browser's failure is left to the
/// error page (<see cref="ErrorPages"/>).
/// </summary>
public sealed class ServerErrorProblems : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (ErrorPages.IsForBrowser(httpContext))
        {
            return false;
        }

        // Written whatever the request accepts (a browser's address bar on /api sends text/html): the API speaks JSON.
        await TypedResults.Problem(
            "The request could not be completed. The administrator can find it in the log by its request id.",
            statusCode: StatusCodes.Status500InternalServerError,
            title: "An unexpected error occurred.",
            extensions: new Dictionary<string, object?> { ["requestId"] = httpContext.TraceIdentifier }).ExecuteAsync(httpContext);
        return true;
    }
}
