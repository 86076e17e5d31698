using System.Security.Claims;

namespace Ams.Web.Features.Accounts;

/// <summary>
/// The language an account reads its pages and mails in. It is kept on the account (<see cref="AmsUser.Language"/>)
/// and travels in the sign-in cookie and bearer token as the <see cref="ClaimType"/> claim, so a signed-in reader's
/// pages follow the account on any browser.
/// </summary>
public static class AccountLanguage
{
    /// <summary>Indonesian, the product's default.</summary>
    public const string Indonesian = "id";

    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>The claim that carries the account's language.</summary>
    public const string ClaimType = "ams:language";

    /// <summary>The languages an account may choose, Indonesian first.</summary>
    public static readonly IReadOnlyList<string> Supported = [Indonesian, English];

    /// <summary>Whether <paramref name="language"/> is one the product speaks.</summary>
    public static bool IsSupported(string? language) => language is Indonesian or English;

    /// <summary>The account's language, Indonesian when it holds anything else.</summary>
    public static string Of(AmsUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return IsSupported(user.Language) ? user.Language : Indonesian;
    }

    /// <summary>The language a signed-in principal's claim names, or null (anonymous, or signed in before the claim existed).</summary>
    public static string? Of(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var claimed = principal.FindFirstValue(ClaimType);
        return IsSupported(claimed) ? claimed : null;
    }
}
