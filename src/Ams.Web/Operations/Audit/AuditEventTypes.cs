namespace Ams.Web.Operations.Audit;

/// <summary>The events the audit trail records, as they appear in <c>eventType</c>.</summary>
public static class AuditEventTypes
{
    /// <summary>A user signed in.</summary>
    public const string SignIn = "sign-in";

    /// <summary>A sign-in was refused (wrong password, unknown account, locked out).</summary>
    public const string SignInFailed = "sign-in-failed";

    /// <summary>An account was locked (too many failures, or by an administrator).</summary>
    public const string AccountLocked = "account-locked";

    /// <summary>An account was unlocked.</summary>
    public const string AccountUnlocked = "account-unlocked";

    /// <summary>A role was given to an account.</summary>
    public const string RoleGranted = "role-granted";

    /// <summary>A role was taken from an account.</summary>
    public const string RoleRevoked = "role-revoked";

    /// <summary>A verifier claimed a user task.</summary>
    public const string TaskClaimed = "task-claimed";

    /// <summary>A verifier returned a claimed task to its candidates.</summary>
    public const string TaskUnclaimed = "task-unclaimed";

    /// <summary>A verifier decided (completed) a user task: approved or rejected.</summary>
    public const string Decision = "decision";

    /// <summary>A BPMN model was deployed as a new version.</summary>
    public const string ModelDeployed = "model-deployed";

    /// <summary>DMN decisions were deployed as a new version.</summary>
    public const string DecisionsDeployed = "decisions-deployed";

    /// <summary>A form was saved as a new version.</summary>
    public const string FormSaved = "form-saved";

    /// <summary>A mail template was saved as a new version.</summary>
    public const string MailTemplateSaved = "mail-template-saved";

    /// <summary>The certification authority issued a certificate.</summary>
    public const string CertificateIssued = "certificate-issued";

    /// <summary>The certification authority revoked a certificate.</summary>
    public const string CertificateRevoked = "certificate-revoked";

    /// <summary>The certification authority published a CRL.</summary>
    public const string CrlPublished = "crl-published";

    /// <summary>An administrator sent undelivered mail again.</summary>
    public const string MailResent = "mail-resent";

    /// <summary>Every type, for checking a filter.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        SignIn, SignInFailed, AccountLocked, AccountUnlocked, RoleGranted, RoleRevoked, TaskClaimed, TaskUnclaimed, Decision,
        ModelDeployed, DecisionsDeployed, FormSaved, MailTemplateSaved, CertificateIssued, CertificateRevoked, CrlPublished, MailResent,
    ];
}
