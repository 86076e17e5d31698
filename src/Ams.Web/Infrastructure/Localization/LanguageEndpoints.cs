using Microsoft.AspNetCore.Localization;

namespace Ams.Web.Infrastructure.Localization;

/// <summary><c>/lang/{culture}</c>: switches the pages between Indonesian and English with a cookie.</summary>
public static class LanguageEndpoints
{
    /// <summary>The languages the pages speak, Indonesian first.</summary>
    public static readonly string[] Supported = ["id", "en"];

    /// <summary>Maps the switch.</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/lang/{culture}", (string culture, string? returnUrl, HttpContext context) =>
        {
            if (!Supported.Contains(culture))
            {
                return Results.BadRequest();
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous().ExcludeFromDescription();
        return routes;
    }

    /// <summary>A path of this site: <c>/x</c>, never <c>//host</c> or <c>/\host</c>, which browsers read as another site.</summary>
    private static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && Uri.IsWellFormedUriString(url, UriKind.Relative);
}
