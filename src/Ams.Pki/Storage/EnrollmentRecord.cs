namespace Ams.Pki.Storage;

/// <summary>A queued enrollment (issue or revoke) and its outcome.</summary>
public sealed class EnrollmentRecord
{
    /// <summary>Enrollment id.</summary>
    public Guid Id { get; set; }

    /// <summary>
    /// The submitter's own id for this enrollment (a request id), unique: submitting again with it finds this enrollment
    /// instead of queuing a second one.
    /// </summary>
    public Guid? Reference { get; set; }

    /// <summary><c>issue</c> or <c>revoke</c>.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The request, JSON.</summary>
    public string Payload { get; set; } = string.Empty;

    /// <summary><c>pending</c>, <c>running</c>, <c>success</c> or <c>failed</c>.</summary>
    public string State { get; set; } = EnrollmentStates.Pending;

    /// <summary>When submitted.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When execution started (lease), null while pending.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When completed.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>The result, JSON, on success.</summary>
    public string? Result { get; set; }

    /// <summary>The reason, on failure.</summary>
    public string? FailureReason { get; set; }
}

/// <summary>Stored states of an enrollment.</summary>
internal static class EnrollmentStates
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Success = "success";
    public const string Failed = "failed";
}
