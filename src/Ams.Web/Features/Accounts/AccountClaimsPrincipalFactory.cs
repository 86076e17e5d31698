using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ams.Web.Features.Accounts;

/// <summary>
/// Identity's principal of an account (id, name, roles, security stamp) with the account's language
/// (<see cref="AccountLanguage.ClaimType"/>): the sign-in cookie and the bearer token carry it, and the cookie is
/// reissued with the new language when the account switches.
/// </summary>
public sealed class AccountClaimsPrincipalFactory(
    UserManager<AmsUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AmsUser, IdentityRole>(users, roles, options)
{
    /// <inheritdoc />
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AmsUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AccountLanguage.ClaimType, AccountLanguage.Of(user)));
        return identity;
    }
}
