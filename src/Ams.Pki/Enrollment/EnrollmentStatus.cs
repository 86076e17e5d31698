namespace Ams.Pki.Enrollment;

/// <summary>The status of an enrollment.</summary>
/// <param name="Id">Enrollment id.</param>
/// <param name="Kind"><c>issue</c> or <c>revoke</c>.</param>
/// <param name="State">pending, success or failed.</param>
/// <param name="CreatedAt">When submitted.</param>
/// <param name="CompletedAt">When completed, null while pending.</param>
/// <param name="Result">The result on success.</param>
/// <param name="FailureReason">A user-facing sentence on failure.</param>
public sealed record EnrollmentStatus(
    Guid Id, string Kind, EnrollmentState State, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt, EnrollmentResult? Result, string? FailureReason);

/// <summary>What a successful enrollment produced.</summary>
/// <param name="Serial">Serial of the issued or revoked certificate, lower-case hex.</param>
/// <param name="CertificatePem">The issued certificate (issue), null for revoke.</param>
/// <param name="RevocationReason">The reason now recorded (revoke), upper-case name, null for issue.</param>
/// <param name="RevokedAt">Revocation time (revoke), null for issue.</param>
public sealed record EnrollmentResult(string Serial, string? CertificatePem, string? RevocationReason, DateTimeOffset? RevokedAt);
