using System.Security.Claims;
using Ams.Web.Infrastructure.Hosting;

namespace Ams.Web.Features.Accounts;

/// <summary>
/// Who must sign in with a second factor: whoever can cause issuance or revocation (verifiers and administrators), as
/// the CA/Browser Forum's network security requirements ask. Holders may enrol. Only the demo accounts of the
/// Development environment are let off, and the pages say so.
/// </summary>
public sealed class TwoFactorPolicy(IHostEnvironment environment, AmsOptions options)
{
    /// <summary>Whether <paramref name="email"/> is a demo account that skips the second factor (Development only).</summary>
    public bool IsSkipped(string? email) =>
        environment.IsDevelopment() && options.Demo.Enabled && email is not null
        && DemoAccounts.All.Any(demo => string.Equals(demo.Email, email, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether an account with these roles must use a second factor.</summary>
    public bool IsRequired(string? email, IEnumerable<string> roles) =>
        !IsSkipped(email) && roles.Any(role => role is Roles.Verifier or Roles.Admin);

    /// <summary>Whether a signed-in caller must use a second factor.</summary>
    public bool IsRequired(ClaimsPrincipal caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return !IsSkipped(caller.Identity?.Name) && (caller.IsInRole(Roles.Verifier) || caller.IsInRole(Roles.Admin));
    }
}
