using Ams.Web.Accounts;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Hangfire;

namespace Ams.Web.Requests;

/// <summary>Job <c>request.record-enrollment</c>: writes the certification authority's outcome on the holder's request.</summary>
public sealed class RecordEnrollmentHandler(AmsDbContext db, TimeProvider clock) : IJobHandler
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
        if (!request.RecordEnrollment(succeeded, JobVariables.Text(job, "failureReason"), clock.GetUtcNow()))
        {
            return JobOutcome.Fail($"The enrollment outcome cannot be recorded on request {request.Id}: enrollment is '{request.Enrollment}'.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return JobOutcome.Complete();
    }
}
