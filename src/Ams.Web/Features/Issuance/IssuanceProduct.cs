using Ams.Pki.Issuance;

namespace Ams.Web.Features.Issuance;

/// <summary>A product a holder may apply for: one of the CA's profiles and the documents the registration office asks for it.</summary>
public sealed record IssuanceProduct(CertificateProfile Profile, IReadOnlyList<DocumentRequirement> Documents)
{
    /// <summary>Every product, one per profile of the CA.</summary>
    public static IReadOnlyList<IssuanceProduct> All { get; } =
    [
        new(CertificateProfile.ProteksiEmailDanTandaTanganDigital, [DocumentRequirement.IdCard, DocumentRequirement.RecommendationLetter]),
        new(CertificateProfile.TandaTanganDigital, [DocumentRequirement.IdCard, DocumentRequirement.RecommendationLetter]),
    ];

    /// <summary>The product of this exact name, or null.</summary>
    public static IssuanceProduct? Find(string? name) => All.FirstOrDefault(p => string.Equals(p.Profile.Name, name, StringComparison.Ordinal));
}
