using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Hangfire;

/// <summary>An in-process worker for one job type (<c>mail.send</c>, <c>pki.enroll-revocation</c>, …).</summary>
public interface IJobHandler
{
    /// <summary>Does the job's work; an exception counts as a failed attempt.</summary>
    Task<JobOutcome> HandleAsync(JobRecord job, CancellationToken cancellationToken);
}
