using Ams.Web.Accounts;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Hangfire;

namespace Ams.Web.Requests;

/// <summary>Job <c>request.record-decision</c>: writes the verifier's decision and note on the holder's request.</summary>
public sealed class RecordDecisionHandler(AmsDbContext db, TimeProvider clock) : IJobHandler
{
    /// <summary>The job type.</summary>
    public const string JobType = "request.record-decision";

    /// <inheritdoc />
    public async Task<JobOutcome> HandleAsync(JobRecord job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var request = await JobVariables.FindRequestAsync(db, job, cancellationToken);
        if (request is null)
        {
            return JobOutcome.Fail($"No request '{JobVariables.Text(job, "requestId")}' to record the decision on.");
        }

        var decision = JobVariables.Text(job, "decision") ?? "";
        if (!request.RecordDecision(decision, JobVariables.Text(job, "note"), JobVariables.Text(job, "decidedBy") ?? "", clock.GetUtcNow()))
        {
            return JobOutcome.Fail($"The decision '{decision}' cannot be recorded on request {request.Id}: it is '{request.Verification}'.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return JobOutcome.Complete();
    }
}
