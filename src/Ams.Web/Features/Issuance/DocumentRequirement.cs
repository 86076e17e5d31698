namespace Ams.Web.Features.Issuance;

/// <summary>A supporting document a product asks for: the multipart field it comes in, and its label in both languages.</summary>
public sealed record DocumentRequirement(string Key, string Label, string LabelEn)
{
    /// <summary>The scan of the holder's identity card (KTP).</summary>
    public static DocumentRequirement IdCard { get; } = new("idCard", "Pindaian KTP", "ID card scan");

    /// <summary>The recommendation letter of the holder's organisation.</summary>
    public static DocumentRequirement RecommendationLetter { get; } = new("recommendationLetter", "Surat rekomendasi", "Recommendation letter");
}
