using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ams.Web.Features.Accounts;

/// <summary>
/// A password hash of no account, checked when the email is unknown or the account is locked, so that those answers
/// cost the same hashing as a wrong password and take as long. Made with Identity's hasher on the accounts' own
/// settings (<see cref="PasswordHasherOptions"/>), so checking it costs what checking an account's password does.
/// </summary>
public sealed class UnknownAccountDecoy
{
    private readonly AmsUser nobody = new();
    private readonly PasswordHasher<AmsUser> hasher;
    private readonly string hash;

    /// <summary>Hashes a random password once.</summary>
    public UnknownAccountDecoy(IOptions<PasswordHasherOptions> options)
    {
        hasher = new PasswordHasher<AmsUser>(options);
        hash = hasher.HashPassword(nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
    }

    /// <summary>Checks <paramref name="password"/> against the decoy hash; the answer is always no.</summary>
    public void Check(string? password) => _ = hasher.VerifyHashedPassword(nobody, hash, password ?? "");
}
