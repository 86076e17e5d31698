using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Ams.Pki.Authority;
using Ams.Pki.Enrollment;
using Ams.Pki.Issuance;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Requests;
using Ams.Web.Infrastructure.Hosting;
using Ams.Web.Infrastructure.Localization;
using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Features.Issuance;

/// <summary>
/// The holder's enrollment of an approved issuance, in their request: a CSR they made, or a key the server makes and
/// hands back once as PKCS#12. The CA issues through the enrollment gateway under the request's id, executed at once;
/// the holder's enrollment task completes and the serial is recorded on the request in one step after it. The private
/// key and the passphrase stay in this request's memory: never stored, logged or put in a process variable.
/// </summary>
public sealed class HolderEnrollment(
    AmsDbContext db, AmsDatabase database, WorkflowEngine engine, EnrollmentGateway gateway, CertificateAuthority ca,
    TimeProvider clock, ILogger<HolderEnrollment> logger)
{
    private static readonly TimeSpan WaitForOtherWorker = TimeSpan.FromSeconds(20);

    /// <summary>Enrolls with exactly one of <paramref name="csrPem"/> and <paramref name="passphrase"/>.</summary>
    public async Task<IssuanceOutcome> EnrollAsync(ClaimsPrincipal user, Guid requestId, string? csrPem, string? passphrase, CancellationToken cancellationToken)
    {
        var caller = Caller.Id(user);
        var request = await db.Requests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId && r.HolderId == caller && r.Kind == RequestKinds.Issue, cancellationToken);
        if (request is null)
        {
            return IssuanceOutcome.NotFound;
        }

        if (string.IsNullOrWhiteSpace(csrPem) == string.IsNullOrEmpty(passphrase))
        {
            return IssuanceOutcome.Invalid("csr", Texts.Get("enrollmentCsrOrPassphrase"));
        }

        if (StateProblem(request) is { } problem)
        {
            return IssuanceOutcome.Conflict(problem);
        }

        var task = await EnrollmentTaskAsync(request, caller, cancellationToken);
        if (task is null)
        {
            return IssuanceOutcome.Conflict(Texts.Get("enrollmentNotWaiting"));
        }

        if (passphrase is { Length: > 0 })
        {
            if (ca.CheckPkcs12Password(passphrase) is { } weak)
            {
                return IssuanceOutcome.Invalid("passphrase", weak.Message);
            }

            using var key = GeneratedHolderKey.Create();
            var issued = await IssueAsync(request, task, key.Csr, cancellationToken);
            if (issued.Outcome is { } refused)
            {
                return refused;
            }

            var bundle = await ca.PackagePkcs12Async(key, issued.Der!, passphrase, cancellationToken);
            return bundle.Succeeded
                ? IssuanceOutcome.Issued(request.Id, bundle.Value!, "application/x-pkcs12", issued.Serial!)
                : IssuanceOutcome.Conflict("A certificate was already issued for this request with another key; the generated key was not kept.");
        }

        var csr = Encoding.ASCII.GetBytes(csrPem!);
        if (ca.CheckCsr(csr) is { } bad)
        {
            return IssuanceOutcome.Invalid("csr", bad.Message);
        }

        var fromCsr = await IssueAsync(request, task, csr, cancellationToken);
        return fromCsr.Outcome ?? IssuanceOutcome.Issued(request.Id, Encoding.ASCII.GetBytes(fromCsr.Pem!), "application/x-pem-file", fromCsr.Serial!);
    }

    /// <summary>The caller's approved issuance request that waits for their enrollment (its task open and assigned to them), or null.</summary>
    public async Task<HolderRequest?> FindWaitingAsync(ClaimsPrincipal user, Guid requestId, CancellationToken cancellationToken)
    {
        var caller = Caller.Id(user);
        var request = await db.Requests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId && r.HolderId == caller && r.Kind == RequestKinds.Issue, cancellationToken);
        return request is not null && StateProblem(request) is null && await EnrollmentTaskAsync(request, caller, cancellationToken) is not null ? request : null;
    }

    private static string? StateProblem(HolderRequest request) => (request.Verification, request.Enrollment) switch
    {
        (VerificationStates.Pending, _) => Texts.Get("enrollmentNotVerified"),
        (VerificationStates.Rejected, _) => Texts.Get("enrollmentRejected"),
        (_, EnrollmentStates.Success) => "A certificate was already issued for this request.",
        (_, EnrollmentStates.Expired) => Texts.Get("enrollmentExpired"),
        (_, EnrollmentStates.Pending) => null,
        _ => Texts.Get("enrollmentImpossible"),
    };

    private async Task<UserTaskRecord?> EnrollmentTaskAsync(HolderRequest request, string caller, CancellationToken cancellationToken)
    {
        if (request.ProcessInstanceId is not { } instance)
        {
            return null;
        }

        var tasks = await engine.Store.QueryUserTasksAsync(
            new UserTaskQuery { State = UserTaskState.Created, ProcessInstanceId = instance, Assignee = caller, Limit = 1 }, cancellationToken);
        return tasks.Count == 0 ? null : tasks[0];
    }

    /// <summary>Submits under the request's id, executes it now, then completes the enrollment task with the serial.</summary>
    private async Task<(IssuanceOutcome? Outcome, string? Pem, byte[]? Der, string? Serial)> IssueAsync(
        HolderRequest request, UserTaskRecord task, byte[] csr, CancellationToken cancellationToken)
    {
        var enrollmentId = await gateway.SubmitAsync(new IssueEnrollment(csr, request.Subject!.ToSubjectInfo(), request.Product!), request.Id, cancellationToken);
        var status = await gateway.ProcessAsync(enrollmentId, cancellationToken);
        var deadline = clock.GetUtcNow() + WaitForOtherWorker;
        while (status.Succeeded && status.Value!.State == EnrollmentState.Pending && clock.GetUtcNow() < deadline)
        {
            // The poller claimed it first: it finishes within its lease.
            await Task.Delay(200, cancellationToken);
            status = await gateway.GetStatusAsync(enrollmentId, cancellationToken);
        }

        if (!status.Succeeded || status.Value!.State != EnrollmentState.Success || status.Value.Result?.CertificatePem is not { } pem)
        {
            var reason = status.Error?.Message ?? status.Value?.FailureReason ?? Texts.Get("enrollmentCaBusy");
            logger.LogWarning("Enrollment {EnrollmentId} of request {RequestId} did not issue: {Reason}", enrollmentId, request.Id, reason);
            return (IssuanceOutcome.Unavailable(reason), null, null, null);
        }

        var serial = status.Value.Result.Serial.ToLowerInvariant();
        var at = clock.GetUtcNow();
        var completed = await engine.CompleteUserTaskAsync(task.Key, task.Assignee!, new JsonObject
        {
            ["enrollmentId"] = enrollmentId.ToString(),
            ["enrollmentStatus"] = EnrollmentStates.Success,
            ["serialNumber"] = serial,
        }, cancellationToken, alsoWrite: [ProductWrite.OnRequest(database, request.Id, r => r.RecordIssued(enrollmentId, serial, at))]);
        if (!completed.Succeeded)
        {
            logger.LogWarning("Certificate {Serial} was issued for request {RequestId}, but its enrollment task could not complete: {Message}", serial, request.Id, completed.Message);
            return (IssuanceOutcome.Conflict($"The request changed while the certificate was issued: {completed.Message}"), null, null, null);
        }

        using var certificate = X509Certificate2.CreateFromPem(pem);
        return (null, pem, certificate.RawData, serial);
    }
}
