using Microsoft.AspNetCore.Identity;

namespace Ams.Web.Accounts;

/// <summary>A person who signs in: a certificate holder, an OP verifier or an administrator.</summary>
public sealed class AmsUser : IdentityUser
{
    /// <summary>The name shown in pages and mails.</summary>
    public string DisplayName { get; set; } = "";
}
