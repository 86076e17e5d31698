using System.Text.Json.Serialization;
using Ams.Pki.Issuance;
using Ams.Pki.Revocation;

namespace Ams.Pki.Enrollment;

/// <summary>Something the CA executes asynchronously for the registration authority.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(IssueEnrollment), "issue")]
[JsonDerivedType(typeof(RevokeEnrollment), "revoke")]
public abstract record EnrollmentRequest
{
    /// <summary><c>issue</c> or <c>revoke</c>.</summary>
    [JsonIgnore]
    public abstract string Kind { get; }
}

/// <summary>Issue a certificate for the key of a PKCS#10 request.</summary>
/// <param name="Csr">The PKCS#10 request, DER or PEM bytes.</param>
/// <param name="Subject">The holder's verified identity.</param>
/// <param name="ProfileName">The profile name, e.g. "Proteksi Email dan Tanda Tangan Digital".</param>
public sealed record IssueEnrollment(byte[] Csr, SubjectInfo Subject, string ProfileName) : EnrollmentRequest
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => "issue";
}

/// <summary>Revoke a certificate (or raise its reason to KEY_COMPROMISE).</summary>
/// <param name="Serial">Serial number, hex.</param>
/// <param name="Reason">The reason.</param>
/// <param name="Actor">Who asked: decides which reasons are allowed.</param>
/// <param name="InvalidityDate">Invalidity date, if known.</param>
public sealed record RevokeEnrollment(string Serial, RevocationReason Reason, RevocationActor Actor, DateTimeOffset? InvalidityDate = null) : EnrollmentRequest
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => "revoke";
}
