using Microsoft.AspNetCore.Identity;

namespace Ams.Web.Infrastructure.Hosting;

/// <summary>
/// Guards the API against cross-site requests riding on the sign-in cookie: a state-changing <c>/api</c> call that is
/// authenticated by the cookie (the pages' scripts) must carry the <see cref="HeaderName"/> header, which a foreign
/// site cannot add without a CORS pre-flight the host never grants. Bearer-token calls are not affected.
/// </summary>
public static class CookieApiGuard
{
    /// <summary>The header the pages' scripts send with every API call.</summary>
    public const string HeaderName = "X-AMS-Request";

    /// <summary>Adds the guard to the pipeline, after authentication.</summary>
    public static IApplicationBuilder UseCookieApiGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IsRefused(context))
            {
                await Results.Problem(
                    $"A call made with the sign-in cookie must carry the {HeaderName} header.",
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "Cross-site request refused").ExecuteAsync(context);
                return;
            }

            await next(context);
        });

    private static bool IsRefused(HttpContext context)
    {
        var request = context.Request;
        return request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
            && AmsAuthentication.Select(context) == IdentityConstants.ApplicationScheme
            && context.User.Identity?.IsAuthenticated == true
            && !request.Headers.ContainsKey(HeaderName);
    }
}
