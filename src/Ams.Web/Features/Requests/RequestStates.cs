namespace Ams.Web.Features.Requests;

/// <summary>The kinds of request.</summary>
public static class RequestKinds
{
    /// <summary>Revoke a certificate.</summary>
    public const string Revoke = "revoke";

    /// <summary>Issue a certificate.</summary>
    public const string Issue = "issue";
}

/// <summary>Where a request's verification stands.</summary>
public static class VerificationStates
{
    /// <summary>Awaiting a verifier.</summary>
    public const string Pending = "pending";

    /// <summary>Approved by a verifier.</summary>
    public const string Approved = "approved";

    /// <summary>Rejected by a verifier.</summary>
    public const string Rejected = "rejected";
}

/// <summary>Where a request's enrollment stands.</summary>
public static class EnrollmentStates
{
    /// <summary>Not submitted (not approved yet, or rejected).</summary>
    public const string None = "none";

    /// <summary>Submitted to the certification authority.</summary>
    public const string Pending = "pending";

    /// <summary>Executed by the certification authority.</summary>
    public const string Success = "success";

    /// <summary>The certification authority could not execute it.</summary>
    public const string Failed = "failed";

    /// <summary>An approved issuance the holder did not enroll within the enrollment window.</summary>
    public const string Expired = "expired";
}
