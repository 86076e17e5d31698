using System.Text.Json.Nodes;
using Ams.Pki.Enrollment;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Requests;
using Ams.Workflow.Engine;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Features.Enrollment;

/// <summary>
/// The recurring job that lets the embedded certification authority execute queued enrollments and publishes
/// <c>enrollment-completed</c> for each request whose enrollment ended, success or failure.
/// </summary>
public sealed class EnrollmentPoller(EnrollmentGateway gateway, AmsDbContext db, WorkflowEngine engine, IBackgroundJobClient jobs, TimeProvider clock)
{
    /// <summary>The recurring job's id.</summary>
    public const string RecurringJobId = "enrollment-poller";

    /// <summary>Executes pending enrollments, then reports the ended ones to their processes; returns how many.</summary>
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(60)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await gateway.ProcessPendingAsync(cancellationToken: cancellationToken);
        if (await gateway.NextLeaseEndAsync(cancellationToken) is { } leaseEnd)
        {
            // An enrollment a stopped node had claimed is executed again as soon as its lease runs out, not a minute later.
            _ = jobs.Schedule<EnrollmentPoller>(poller => poller.RunAsync(CancellationToken.None), leaseEnd - clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        }

        var waiting = await db.Requests.AsNoTracking()
            .Where(r => r.Enrollment == EnrollmentStates.Pending && r.EnrollmentId != null)
            .ToListAsync(cancellationToken);
        var reported = 0;
        foreach (var request in waiting)
        {
            var status = await gateway.GetStatusAsync(request.EnrollmentId!.Value, cancellationToken);
            if (!status.Succeeded || status.Value!.State == EnrollmentState.Pending)
            {
                continue;
            }

            var variables = new JsonObject
            {
                ["enrollmentStatus"] = status.Value.State == EnrollmentState.Success ? EnrollmentStates.Success : EnrollmentStates.Failed,
                ["failureReason"] = status.Value.FailureReason,
            };
            // Kept for a while: the poll may run before the step that opens the subscription has committed.
            reported += await engine.PublishMessageAsync("enrollment-completed", request.Id.ToString(), variables, TimeSpan.FromMinutes(10), cancellationToken);
        }

        return reported;
    }
}
