using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Hosting;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Hangfire;

namespace Ams.Web.Features.Requests;

/// <summary>
/// Job <c>request.record-expiry</c>: closes an approved issuance the holder did not enroll in time (the model's boundary
/// timer), in the same transaction as the job's completion, so that the holder may apply again.
/// </summary>
public sealed class RecordExpiryHandler(AmsDbContext db, AmsDatabase database, TimeProvider clock) : IJobHandler
{
    /// <summary>The job type.</summary>
    public const string JobType = "request.record-expiry";

    /// <inheritdoc />
    public async Task<JobOutcome> HandleAsync(JobRecord job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var request = await JobVariables.FindRequestAsync(db, job, cancellationToken);
        if (request is null)
        {
            return JobOutcome.Fail($"No request '{JobVariables.Text(job, "requestId")}' to expire.");
        }

        var at = clock.GetUtcNow();
        if (!request.Expire(at))
        {
            return JobOutcome.Fail($"Request {request.Id} cannot expire: it is '{request.Verification}', enrollment '{request.Enrollment}'.");
        }

        return JobOutcome.Complete(alsoWrite: [ProductWrite.OnRequest(database, request.Id, r => r.Expire(at))]);
    }
}
