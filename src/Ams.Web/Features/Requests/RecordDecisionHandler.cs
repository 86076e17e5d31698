using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Hosting;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Hangfire;

namespace Ams.Web.Features.Requests;

/// <summary>
/// Job <c>request.record-decision</c>: writes the verifier's decision and note on the holder's request, in the same
/// transaction as the job's completion.
/// </summary>
public sealed class RecordDecisionHandler(AmsDbContext db, AmsDatabase database, TimeProvider clock) : IJobHandler
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
        var note = JobVariables.Text(job, "note");
        var decidedBy = JobVariables.Text(job, "decidedBy") ?? "";
        var at = clock.GetUtcNow();
        if (!request.RecordDecision(decision, note, decidedBy, at))
        {
            return JobOutcome.Fail($"The decision '{decision}' cannot be recorded on request {request.Id}: it is '{request.Verification}'.");
        }

        return JobOutcome.Complete(alsoWrite: [ProductWrite.OnRequest(database, request.Id, r => r.RecordDecision(decision, note, decidedBy, at))]);
    }
}
