namespace Ams.Pki.Crl;

/// <summary>A published CRL.</summary>
/// <param name="Number">CRL number.</param>
/// <param name="ThisUpdate">thisUpdate.</param>
/// <param name="NextUpdate">nextUpdate.</param>
/// <param name="EntryCount">Number of revoked certificates listed.</param>
/// <param name="Der">The CRL, DER (content type <c>application/pkix-crl</c>).</param>
public sealed record CrlInfo(long Number, DateTimeOffset ThisUpdate, DateTimeOffset NextUpdate, long EntryCount, byte[] Der);
