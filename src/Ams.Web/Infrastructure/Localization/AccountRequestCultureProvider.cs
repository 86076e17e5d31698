using Ams.Web.Features.Accounts;
using Microsoft.AspNetCore.Localization;

namespace Ams.Web.Infrastructure.Localization;

/// <summary>
/// A signed-in reader's language is the account's (the <see cref="AccountLanguage.ClaimType"/> claim of the cookie or
/// the bearer token), whatever the browser's cookie or <c>Accept-Language</c> says; it runs after authentication.
/// </summary>
public sealed class AccountRequestCultureProvider : RequestCultureProvider
{
    /// <inheritdoc />
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return Task.FromResult(AccountLanguage.Of(httpContext.User) is { } language ? new ProviderCultureResult(language) : null);
    }
}
