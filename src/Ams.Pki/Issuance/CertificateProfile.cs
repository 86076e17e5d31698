namespace Ams.Pki.Issuance;

/// <summary>A certificate profile (product): what the certificate may be used for.</summary>
/// <param name="Name">Product name shown to users and written into the description attribute.</param>
/// <param name="Code">Product code written into the description attribute (<c>{holderId}_{code}_{name}</c>).</param>
public sealed record CertificateProfile(string Name, int Code)
{
    /// <summary>
    /// <i>Proteksi Email dan Tanda Tangan Digital</i>: KeyUsage digitalSignature, nonRepudiation,
    /// keyEncipherment; ExtendedKeyUsage emailProtection, clientAuth.
    /// </summary>
    public static CertificateProfile ProteksiEmailDanTandaTanganDigital { get; } = new("Proteksi Email dan Tanda Tangan Digital", 2)
    {
        KeyUsages = [ProfileKeyUsage.DigitalSignature, ProfileKeyUsage.NonRepudiation, ProfileKeyUsage.KeyEncipherment],
        ExtendedKeyUsages = [ProfileExtendedKeyUsage.EmailProtection, ProfileExtendedKeyUsage.ClientAuth],
    };

    /// <summary>
    /// <i>Tanda Tangan Digital</i>: signing only. KeyUsage digitalSignature, nonRepudiation; ExtendedKeyUsage
    /// documentSigning (RFC 9336). No emailProtection and no keyEncipherment: the key encrypts nothing.
    /// </summary>
    public static CertificateProfile TandaTanganDigital { get; } = new("Tanda Tangan Digital", 1)
    {
        KeyUsages = [ProfileKeyUsage.DigitalSignature, ProfileKeyUsage.NonRepudiation],
        ExtendedKeyUsages = [ProfileExtendedKeyUsage.DocumentSigning],
    };

    /// <summary>The profiles this CA issues.</summary>
    public static IReadOnlyList<CertificateProfile> All { get; } = [ProteksiEmailDanTandaTanganDigital, TandaTanganDigital];

    /// <summary>The key usages (RFC 5280 names, e.g. <c>digitalSignature</c>), in the certificate's critical KeyUsage.</summary>
    public IReadOnlyList<string> KeyUsages { get; init; } = [ProfileKeyUsage.DigitalSignature];

    /// <summary>The extended key usages (RFC 5280 names, e.g. <c>emailProtection</c>).</summary>
    public IReadOnlyList<string> ExtendedKeyUsages { get; init; } = [];

    /// <summary>Finds a profile by its name (case-insensitive).</summary>
    /// <param name="name">The product name.</param>
    public static CertificateProfile? FindByName(string? name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The value of the description attribute (OID 2.5.4.13).</summary>
    /// <param name="holderId">The holder id.</param>
    public string Description(string holderId) => $"{holderId}_{Code}_{Name}";
}
