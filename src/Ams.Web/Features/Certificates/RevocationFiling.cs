namespace Ams.Web.Features.Certificates;

/// <summary>What filing a revocation request came to.</summary>
public sealed record RevocationFiling(RevocationFilingKind Kind, Guid RequestId = default, string? Message = null)
{
    /// <summary>Not the caller's certificate, or none.</summary>
    public static RevocationFiling NotFound { get; } = new(RevocationFilingKind.NotFound, Message: "No such certificate of yours.");

    /// <summary>Filed; the process has started.</summary>
    public static RevocationFiling Filed(Guid requestId) => new(RevocationFilingKind.Filed, requestId);

    /// <summary>The reason is unknown or not a holder's to choose.</summary>
    public static RevocationFiling Refused(string message) => new(RevocationFilingKind.Refused, Message: message);

    /// <summary>Already revoked, or a request is in progress.</summary>
    public static RevocationFiling Conflict(string message) => new(RevocationFilingKind.Conflict, Message: message);

    /// <summary>The process could not start (not deployed).</summary>
    public static RevocationFiling Unavailable(string message) => new(RevocationFilingKind.Unavailable, Message: message);
}

/// <summary>The kinds of <see cref="RevocationFiling"/>.</summary>
public enum RevocationFilingKind
{
    /// <summary>Filed.</summary>
    Filed,

    /// <summary>Not the caller's certificate.</summary>
    NotFound,

    /// <summary>Reason not allowed.</summary>
    Refused,

    /// <summary>Already revoked or in progress.</summary>
    Conflict,

    /// <summary>The process could not start.</summary>
    Unavailable,
}
