namespace Ams.Web.Features.Issuance;

/// <summary>What applying for or enrolling a certificate came to: a value for each expected answer, never an exception.</summary>
public sealed record IssuanceOutcome(IssuanceOutcomeKind Kind, string? Message = null, string? Field = null, Guid RequestId = default,
    byte[]? Content = null, string? ContentType = null, string? Serial = null)
{
    /// <summary>Not the caller's request, or none.</summary>
    public static IssuanceOutcome NotFound { get; } = new(IssuanceOutcomeKind.NotFound, "No such request of yours.");

    /// <summary>Filed; the process has started.</summary>
    public static IssuanceOutcome Filed(Guid requestId) => new(IssuanceOutcomeKind.Done, RequestId: requestId);

    /// <summary>Issued: the certificate (PEM) or the PKCS#12, and the serial (lower-case hex).</summary>
    public static IssuanceOutcome Issued(Guid requestId, byte[] content, string contentType, string serial) =>
        new(IssuanceOutcomeKind.Done, RequestId: requestId, Content: content, ContentType: contentType, Serial: serial);

    /// <summary>Bad input, naming the field.</summary>
    public static IssuanceOutcome Invalid(string field, string message) => new(IssuanceOutcomeKind.Invalid, message, field);

    /// <summary>Not possible in the request's state (open request for the product, not approved, already enrolled, expired).</summary>
    public static IssuanceOutcome Conflict(string message) => new(IssuanceOutcomeKind.Conflict, message);

    /// <summary>The process or the CA could not do it now.</summary>
    public static IssuanceOutcome Unavailable(string message) => new(IssuanceOutcomeKind.Unavailable, message);
}

/// <summary>The kinds of <see cref="IssuanceOutcome"/>.</summary>
public enum IssuanceOutcomeKind
{
    /// <summary>Done.</summary>
    Done,

    /// <summary>Not the caller's.</summary>
    NotFound,

    /// <summary>Bad input.</summary>
    Invalid,

    /// <summary>Not in this state.</summary>
    Conflict,

    /// <summary>The process or the CA could not.</summary>
    Unavailable,
}
