namespace Ams.Web.Features.Requests;

/// <summary>A row of <em>Status Permohonan</em> as the API reports it (DESIGN.md §6).</summary>
public sealed record RequestView(
    Guid Id,
    DateTimeOffset CreatedAt,
    string Kind,
    string SerialNumber,
    string? Reason,
    string HolderEmail,
    RequestView.VerificationView Verification,
    RequestView.EnrollmentView Enrollment,
    string? Product = null,
    Features.Issuance.IssuanceSubject? Subject = null)
{
    /// <summary>The verification column: status, when, and the verifier's note.</summary>
    public sealed record VerificationView(string Status, DateTimeOffset? DecidedAt, string? Note);

    /// <summary>The enrollment column: status, when it ended, and why it failed.</summary>
    public sealed record EnrollmentView(string Status, DateTimeOffset? CompletedAt, string? FailureReason);

    /// <summary>From the stored request.</summary>
    public static RequestView From(HolderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new RequestView(request.Id, request.CreatedAt, request.Kind, request.SerialNumber, request.Reason, request.HolderEmail,
            new VerificationView(request.Verification, request.DecidedAt, request.Note),
            new EnrollmentView(request.Enrollment, request.EnrolledAt, request.FailureReason), request.Product, request.Subject);
    }
}
