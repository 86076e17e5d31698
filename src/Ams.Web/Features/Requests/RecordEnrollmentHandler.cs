using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Hosting;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Hangfire;

namespace Ams.Web.Features.Requests;

/// <summary>
/// Job <c>request.record-enrollment</c>: writes the certification authority's outcome on the holder's request, in the
/// same transaction as the job's completion.
/// </summary>
public sealed class RecordEnrollmentHandler(AmsDbContext db, AmsDatabase database, TimeProvider clock) : IJobHandler
{
    /// <summary>The job type.</summary>
    public const string JobType = "request.record-enrollment";

    /// <inheritdoc />
    public async Task<JobOutcome> HandleAsync(JobRecord job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var request = await JobVariables.FindRequestAsync(db, job, cancellationToken);
        if (request is null)
        {
            return JobOutcome.Fail($"No request '{JobVariables.Text(job, "requestId")}' to record the enrollment on.");
        }

        var succeeded = JobVariables.Text(job, "enrollmentStatus") == EnrollmentStates.Success;
        var failureReason = JobVariables.Text(job, "failureReason");
        var at = clock.GetUtcNow();
        if (!request.RecordEnrollment(succeeded, failureReason, at))
        {
            return JobOutcome.Fail($"The enrollment outcome cannot be recorded on request {request.Id}: enrollment is '{request.Enrollment}'.");
        }

        return JobOutcome.Complete(alsoWrite: [ProductWrite.OnRequest(database, request.Id, r => r.RecordEnrollment(succeeded, failureReason, at))]);
    }
}
