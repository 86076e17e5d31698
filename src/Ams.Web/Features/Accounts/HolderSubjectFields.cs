using Ams.Web.Infrastructure.Localization;

namespace Ams.Web.Features.Accounts;

/// <summary>
/// What an administrator records about a holder for the certificates it will carry: organisation, unit and the identity
/// number (the seed's <c>OID.2.5.4.13</c> description). All optional; the CA's defaults stand in for the missing ones.
/// </summary>
public sealed record HolderSubjectFields(string? Organization, string? OrganizationalUnit, string? IdentityNumber)
{
    /// <summary>No fields.</summary>
    public static HolderSubjectFields None { get; } = new(null, null, null);

    /// <summary>The field that is wrong and why, or null: names fit X.520's 64 characters, an identity number is digits.</summary>
    public (string Field, string Problem)? Problem() =>
        Organization?.Trim().Length > 64 ? ("organization", Texts.Get("subjectOrganizationWrong"))
        : OrganizationalUnit?.Trim().Length > 64 ? ("organizationalUnit", Texts.Get("subjectUnitWrong"))
        : IdentityNumber is { Length: > 0 } number && (number.Trim().Length > 32 || !number.Trim().All(char.IsAsciiDigit))
            ? ("identityNumber", Texts.Get("subjectIdentityNumberWrong"))
            : null;

    /// <summary>Writes the fields onto the account, blanks as none.</summary>
    public void ApplyTo(AmsUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.Organization = Blank(Organization);
        user.OrganizationalUnit = Blank(OrganizationalUnit);
        user.IdentityNumber = Blank(IdentityNumber);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
