using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Hangfire;
using Hangfire;

namespace Ams.Web.Operations.Mail;

/// <summary>After a commit, hands jobs and timers to Hangfire and, when the step queued mail, starts a delivery pass at once.</summary>
public sealed class MailKickingScheduler(HangfireWorkScheduler inner, IBackgroundJobClient jobs) : IWorkScheduler
{
    /// <inheritdoc />
    public async Task OnCommittedAsync(InstanceChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await inner.OnCommittedAsync(changes, cancellationToken);
        if (changes.Outbox.Exists(m => m.Topic == SendMailHandler.Topic))
        {
            _ = jobs.Enqueue<MailDeliveryJob>(job => job.RunAsync(CancellationToken.None));
        }
    }
}
