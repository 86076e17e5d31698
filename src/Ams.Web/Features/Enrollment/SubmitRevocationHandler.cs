using System.Text.Json.Nodes;
using Ams.Pki.Enrollment;
using Ams.Pki.Revocation;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Requests;
using Ams.Web.Infrastructure.Hosting;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Hangfire;
using Hangfire;

namespace Ams.Web.Features.Enrollment;

/// <summary>
/// Job <c>pki.enroll-revocation</c>: submits the approved revocation to the certification authority's gateway under the
/// request's id, so that a retry after a crash finds the enrollment it already submitted, and starts a poll at once. The
/// enrollment id is noted on the request with the job's completion. When the last retry fails, the request shows
/// <c>failed</c> with the reason (an incident stays for administrators), so it is never stuck silently.
/// </summary>
public sealed class SubmitRevocationHandler(AmsDbContext db, AmsDatabase database, EnrollmentGateway gateway, IBackgroundJobClient jobs, TimeProvider clock) : IJobHandler
{
    /// <summary>The job type.</summary>
    public const string JobType = "pki.enroll-revocation";

    /// <inheritdoc />
    public async Task<JobOutcome> HandleAsync(JobRecord job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var request = await JobVariables.FindRequestAsync(db, job, cancellationToken);
        if (request is null)
        {
            return await FailAsync(null, job, $"No request '{JobVariables.Text(job, "requestId")}' to enroll.", cancellationToken);
        }

        if (request.EnrollmentId is { } already)
        {
            return Submitted(already);
        }

        if (!RevocationReasons.TryParse(request.Reason, out var reason))
        {
            return await FailAsync(request, job, $"'{request.Reason}' is not a revocation reason.", cancellationToken);
        }

        var id = await gateway.SubmitAsync(new RevokeEnrollment(request.SerialNumber, reason, RevocationActor.Holder), request.Id, cancellationToken);
        _ = jobs.Enqueue<EnrollmentPoller>(poller => poller.RunAsync(CancellationToken.None));
        return JobOutcome.Complete(Variables(id), alsoWrite: [ProductWrite.OnRequest(database, request.Id, r => r.MarkSubmitted(id))]);
    }

    private static JobOutcome Submitted(Guid id) => JobOutcome.Complete(Variables(id));

    private static JsonObject Variables(Guid id) => new() { ["enrollmentId"] = id.ToString() };

    private async Task<JobOutcome> FailAsync(HolderRequest? request, JobRecord job, string reason, CancellationToken cancellationToken)
    {
        if (request is not null && job.Retries <= 1 && request.RecordEnrollment(false, reason, clock.GetUtcNow()))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return JobOutcome.Fail(reason);
    }
}
