using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Ams.Web.Infrastructure.Hosting;

/// <summary>How a request proves who it is: a bearer token for the API, the sign-in cookie for pages.</summary>
public static class AmsAuthentication
{
    /// <summary>The scheme that forwards to the bearer or the cookie scheme.</summary>
    public const string Scheme = "Ams";

    /// <summary>Bearer when the request carries one, else the cookie.</summary>
    public static string Select(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var authorization = context.Request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme;
    }

    /// <summary>
    /// API calls (and the API's description) get 401 and 403, never a redirect to the sign-in page. A page the caller may
    /// not see answers 403 where it is: a browser gets the 403 page in place (<see cref="ErrorPages"/>), not a redirect.
    /// </summary>
    public static void ConfigureCookie(CookieAuthenticationOptions cookie)
    {
        ArgumentNullException.ThrowIfNull(cookie);
        cookie.LoginPath = "/login";
        cookie.AccessDeniedPath = ErrorPages.Forbidden;
        cookie.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        cookie.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
