namespace Ams.Pki.Issuance;

/// <summary>
/// The holder's identity as verified by the registration authority. The subject DN is built from it
/// in the seed's order: C, ST, L, O, OU, CN, EMAILADDRESS, 2.5.4.13 (description).
/// </summary>
/// <param name="CommonName">CN, the holder's name.</param>
/// <param name="Email">EMAILADDRESS and the rfc822Name of the subject alternative name.</param>
/// <param name="HolderId">First part of the description (2.5.4.13), e.g. the holder's registration number.</param>
/// <param name="Organization">O.</param>
/// <param name="OrganizationalUnit">OU.</param>
/// <param name="Locality">L.</param>
/// <param name="State">ST.</param>
/// <param name="Country">C, two letters.</param>
public sealed record SubjectInfo(
    string CommonName,
    string Email,
    string HolderId,
    string Organization = "Balai Sertifikasi Elektronik",
    string OrganizationalUnit = "Balai Sertifikasi Elektronik",
    string Locality = "Jakarta Selatan",
    string State = "DKI Jakarta",
    string Country = "ID")
{
    /// <summary>Why this subject cannot be certified, or null when it can.</summary>
    internal PkiError? Validate()
    {
        static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
        if (Blank(CommonName) || Blank(Email) || Blank(HolderId) || Blank(Organization) || Blank(Locality) || Blank(State))
        {
            return new PkiError(PkiErrorCode.InvalidRequest, "Every part of the subject (CN, email, holder id, O, L, ST) is required.");
        }

        if (Country is not { Length: 2 } || !Country.All(char.IsAsciiLetterUpper))
        {
            return new PkiError(PkiErrorCode.InvalidRequest, "The country must be two upper-case letters (ISO 3166), e.g. ID.");
        }

        var at = Email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != Email.LastIndexOf('@') || at == Email.Length - 1 || !Email.All(c => c is > ' ' and < (char)127))
        {
            return new PkiError(PkiErrorCode.InvalidRequest, $"'{Email}' is not a valid email address (ASCII, one @).");
        }

        foreach (var value in new[] { CommonName, HolderId, Organization, OrganizationalUnit, Locality, State })
        {
            if (value.Length > 64 || value.Any(char.IsControl))
            {
                return new PkiError(PkiErrorCode.InvalidRequest, "Subject attributes are at most 64 characters, without control characters.");
            }
        }

        return null;
    }
}
