using Ams.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace Ams.Web.Infrastructure.Localization;

/// <summary>
/// <c>/lang/{culture}</c>: switches between Indonesian and English. A signed-in reader's choice is kept on the account
/// (its pages on every browser, and its mail) and the sign-in cookie is reissued with it; the cookie of the switch
/// keeps it for anonymous readers.
/// </summary>
public static class LanguageEndpoints
{
    /// <summary>Maps the switch.</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/lang/{culture}", async (string culture, string? returnUrl, HttpContext context, UserManager<AmsUser> users, SignInManager<AmsUser> signIn) =>
        {
            if (!AccountLanguage.IsSupported(culture))
            {
                return Results.BadRequest();
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user)
            {
                await KeepOnAccountAsync(user, culture, context, users, signIn);
            }

            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous().ExcludeFromDescription();
        return routes;
    }

    /// <summary>Stores the language on the account and reissues a sign-in cookie that carries another one.</summary>
    private static async Task KeepOnAccountAsync(
        AmsUser user, string culture, HttpContext context, UserManager<AmsUser> users, SignInManager<AmsUser> signIn)
    {
        if (user.Language != culture)
        {
            user.Language = culture;
            var saved = await users.UpdateAsync(user);
            if (!saved.Succeeded)
            {
                return;
            }
        }

        if (AccountLanguage.Of(context.User) != culture)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }

    /// <summary>A path of this site: <c>/x</c>, never <c>//host</c> or <c>/\host</c>, which browsers read as another site.</summary>
    private static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && Uri.IsWellFormedUriString(url, UriKind.Relative);
}
