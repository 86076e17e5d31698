using System.Linq.Expressions;

namespace Ams.Web.Features.Requests;

/// <summary>
/// A holder's request (revoke or issue): one row of <em>Status Permohonan</em>. It guards its own transitions:
/// a decision is taken once, enrollment starts only after approval and ends once.
/// </summary>
public sealed class HolderRequest
{
    /// <summary>The request id, also the process instance's business key and the message correlation key.</summary>
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary><c>revoke</c> or <c>issue</c>.</summary>
    public string Kind { get; init; } = RequestKinds.Revoke;

    /// <summary>The holder's user id.</summary>
    public string HolderId { get; init; } = "";

    /// <summary>The holder's email, where mails go.</summary>
    public string HolderEmail { get; init; } = "";

    private string serialNumber = "";

    /// <summary>The certificate's serial number, lower-case hex; for an issuance, empty until the certificate is issued.</summary>
    public string SerialNumber { get => serialNumber; init => serialNumber = value; }

    /// <summary>An issuance's product: the certificate profile's name.</summary>
    public string? Product { get; init; }

    /// <summary>An issuance's subject, taken from the holder's account when they applied; the certificate gets this, never a CSR's.</summary>
    public Features.Issuance.IssuanceSubject? Subject { get; init; }

    /// <summary>The revocation reason as its upper-case name (e.g. <c>KEY_COMPROMISE</c>).</summary>
    public string? Reason { get; init; }

    /// <summary>When the holder asked.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The process instance handling the request.</summary>
    public Guid? ProcessInstanceId { get; set; }

    /// <summary><c>pending</c>, <c>approved</c> or <c>rejected</c>.</summary>
    public string Verification { get; private set; } = VerificationStates.Pending;

    /// <summary>When the verifier decided.</summary>
    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The verifier who decided.</summary>
    public string? DecidedBy { get; private set; }

    /// <summary>The verifier's note (<em>Catatan Verifikasi</em>).</summary>
    public string? Note { get; private set; }

    /// <summary><c>none</c>, <c>pending</c>, <c>success</c>, <c>failed</c> or <c>expired</c>.</summary>
    public string Enrollment { get; private set; } = EnrollmentStates.None;

    /// <summary>The certification authority's enrollment id, once submitted.</summary>
    public Guid? EnrollmentId { get; private set; }

    /// <summary>When the certification authority finished.</summary>
    public DateTimeOffset? EnrolledAt { get; private set; }

    /// <summary>Why enrollment failed.</summary>
    public string? FailureReason { get; private set; }

    /// <summary>Whether a request still awaits its outcome, as a query the database can run.</summary>
    public static Expression<Func<HolderRequest, bool>> Open { get; } = r =>
        r.Verification == VerificationStates.Pending
        || (r.Verification == VerificationStates.Approved && (r.Enrollment == EnrollmentStates.None || r.Enrollment == EnrollmentStates.Pending));

    private static readonly Func<HolderRequest, bool> IsOpenCompiled = Open.Compile();

    /// <summary>Whether the request still awaits its outcome.</summary>
    public bool IsOpen => IsOpenCompiled(this);

    /// <summary>Records the verifier's decision; repeating the same decision changes nothing.</summary>
    public bool RecordDecision(string decision, string? note, string decidedBy, DateTimeOffset at)
    {
        if (decision is not (VerificationStates.Approved or VerificationStates.Rejected))
        {
            return false;
        }

        if (Verification != VerificationStates.Pending)
        {
            return Verification == decision;
        }

        Verification = decision;
        Note = note;
        DecidedBy = decidedBy;
        DecidedAt = at;
        Enrollment = decision == VerificationStates.Approved ? EnrollmentStates.Pending : EnrollmentStates.None;
        return true;
    }

    /// <summary>Notes the enrollment the certification authority is executing for this approved request.</summary>
    public bool MarkSubmitted(Guid enrollmentId)
    {
        if (Verification != VerificationStates.Approved || Enrollment is EnrollmentStates.Success)
        {
            return false;
        }

        EnrollmentId = enrollmentId;
        Enrollment = EnrollmentStates.Pending;
        return true;
    }

    /// <summary>
    /// Records the certificate the CA issued for this approved issuance request, as its enrollment's success. Recording
    /// the same certificate again changes nothing.
    /// </summary>
    public bool RecordIssued(Guid enrollmentId, string serial, DateTimeOffset at)
    {
        if (Kind != RequestKinds.Issue || Verification != VerificationStates.Approved)
        {
            return false;
        }

        if (Enrollment != EnrollmentStates.Pending)
        {
            return Enrollment == EnrollmentStates.Success && serialNumber == serial;
        }

        EnrollmentId = enrollmentId;
        serialNumber = serial;
        Enrollment = EnrollmentStates.Success;
        EnrolledAt = at;
        return true;
    }

    /// <summary>Closes an approved issuance the holder did not enroll in time. A request already enrolled does not expire.</summary>
    public bool Expire(DateTimeOffset at)
    {
        if (Kind != RequestKinds.Issue || Verification != VerificationStates.Approved)
        {
            return false;
        }

        if (Enrollment != EnrollmentStates.Pending)
        {
            return Enrollment == EnrollmentStates.Expired;
        }

        Enrollment = EnrollmentStates.Expired;
        EnrolledAt = at;
        return true;
    }

    /// <summary>
    /// Records the certification authority's outcome for an approved request. A failure may later be replaced by a
    /// success (an operator retried the step); a success is final.
    /// </summary>
    public bool RecordEnrollment(bool succeeded, string? failureReason, DateTimeOffset at)
    {
        var outcome = succeeded ? EnrollmentStates.Success : EnrollmentStates.Failed;
        if (Enrollment == EnrollmentStates.Success || Verification != VerificationStates.Approved)
        {
            return Enrollment == outcome;
        }

        Enrollment = outcome;
        FailureReason = succeeded ? null : failureReason;
        EnrolledAt = at;
        return true;
    }
}
