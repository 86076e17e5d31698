using Microsoft.AspNetCore.Identity;

namespace Ams.Web.Features.Accounts;

/// <summary>A person who signs in: a certificate holder, an OP verifier or an administrator.</summary>
public sealed class AmsUser : IdentityUser
{
    /// <summary>The name shown in pages and mails.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The holder's organisation (O of a certificate); the CA's default when empty.</summary>
    public string? Organization { get; set; }

    /// <summary>The holder's unit (OU of a certificate); the CA's default when empty.</summary>
    public string? OrganizationalUnit { get; set; }

    /// <summary>The holder's identity number, first part of a certificate's <c>OID.2.5.4.13</c> description.</summary>
    public string? IdentityNumber { get; set; }

    /// <summary>The language of the account's pages and mails: <c>id</c> (the default) or <c>en</c>.</summary>
    public string Language { get; set; } = AccountLanguage.Indonesian;
}
