namespace Ams.Pki.Enrollment;

/// <summary>Where an enrollment stands.</summary>
public enum EnrollmentState
{
    /// <summary>Queued or being executed.</summary>
    Pending,

    /// <summary>Executed; see <see cref="EnrollmentStatus.Result"/>.</summary>
    Success,

    /// <summary>Refused or failed; see <see cref="EnrollmentStatus.FailureReason"/>.</summary>
    Failed,
}
