using Ams.Pki.Issuance;

namespace Ams.Web.Features.Issuance;

/// <summary>
/// The subject of an issuance as the holder's account gave it when they applied: what the verifier checks and what the
/// certificate carries. <see cref="IdentityNumber"/> is the first part of the seed's <c>OID.2.5.4.13</c> description.
/// </summary>
public sealed record IssuanceSubject(string Name, string Email, string Organization, string OrganizationalUnit, string IdentityNumber)
{
    /// <summary>The certification authority's form of it.</summary>
    public SubjectInfo ToSubjectInfo() => new(Name, Email, IdentityNumber, Organization, OrganizationalUnit);

    /// <summary>From the account, with the CA's defaults for what the account does not hold.</summary>
    public static IssuanceSubject Of(Features.Accounts.AmsUser account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var defaults = new SubjectInfo("", "", "");
        return new IssuanceSubject(
            string.IsNullOrWhiteSpace(account.DisplayName) ? account.Email ?? "" : account.DisplayName,
            account.Email ?? "",
            Blank(account.Organization) ?? defaults.Organization,
            Blank(account.OrganizationalUnit) ?? defaults.OrganizationalUnit,
            Blank(account.IdentityNumber) ?? account.Id[..Math.Min(8, account.Id.Length)]);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
