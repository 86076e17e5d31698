using Ams.Pki.Authority;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Certificates;
using Ams.Web.Operations.Workflows;
using Ams.Workflow.Hangfire;
using Ams.Workflow.Store;
using Hangfire;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Infrastructure.Hosting;

/// <summary>What runs once before the host takes requests: schemas, roles, demo accounts, shipped workflows.</summary>
public static class AmsStartup
{
    /// <summary>Brings the database and the deployed workflows up to date.</summary>
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var database = provider.GetRequiredService<AmsDatabase>();
        await using var startup = await database.LockStartupAsync(cancellationToken);
        await database.MigrateAsync(provider, cancellationToken);
        await provider.GetRequiredService<EarlierReleaseImport>().ImportAsync(cancellationToken);

        var roles = provider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var options = provider.GetRequiredService<AmsOptions>();
        if (provider.GetRequiredService<IHostEnvironment>().IsDevelopment() && options.Demo.Enabled)
        {
            var password = options.Demo.Password
                ?? throw new InvalidOperationException("Ams:Demo:Enabled is set but Ams:Demo:Password is not.");
            await DemoAccounts.EnsureAsync(provider.GetRequiredService<UserManager<AmsUser>>(), password);
        }

        var ca = provider.GetRequiredService<CertificateAuthority>();
        await ca.InitializeAsync(cancellationToken);
        if (provider.GetRequiredService<IHostEnvironment>().IsDevelopment() && options.Demo.Enabled)
        {
            await DemoCertificates.EnsureAsync(ca, provider.GetRequiredService<UserManager<AmsUser>>(), provider.GetRequiredService<AmsDbContext>(),
                provider.GetRequiredService<TimeProvider>(), cancellationToken);
        }

        await provider.GetRequiredService<Operations.Decisions.DecisionFolderDeployment>().DeployAsync(cancellationToken);
        await provider.GetRequiredService<WorkflowFolderDeployment>().DeployAsync(cancellationToken);
        await provider.GetRequiredService<Operations.Resources.ShippedResourceImport>().ImportAsync(cancellationToken);
        provider.GetRequiredService<IRecurringJobManager>().AddOrUpdate<WorkflowSweep>(
            WorkflowSweep.RecurringJobId, sweep => sweep.RunAsync(CancellationToken.None), Cron.Minutely());
        provider.GetRequiredService<IRecurringJobManager>().AddOrUpdate<Operations.Mail.MailDeliveryJob>(
            Operations.Mail.MailDeliveryJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        provider.GetRequiredService<IRecurringJobManager>().AddOrUpdate<Features.Enrollment.EnrollmentPoller>(
            Features.Enrollment.EnrollmentPoller.RecurringJobId, poller => poller.RunAsync(CancellationToken.None), Cron.Minutely());
        await RecoverUnfinishedWorkAsync(provider, cancellationToken);
    }

    /// <summary>
    /// Work this node left when it stopped (crashed) runs now, not at the next minutely pass: its job leases end and the
    /// sweep, the enrollment poll and a mail pass run once at start.
    /// </summary>
    private static async Task RecoverUnfinishedWorkAsync(IServiceProvider provider, CancellationToken cancellationToken)
    {
        _ = await provider.GetRequiredService<WorkflowSweep>().RecoverAsync(cancellationToken);
        var jobs = provider.GetRequiredService<IBackgroundJobClient>();
        _ = jobs.Enqueue<Features.Enrollment.EnrollmentPoller>(poller => poller.RunAsync(CancellationToken.None));
        _ = jobs.Enqueue<Operations.Mail.MailDeliveryJob>(job => job.RunAsync(CancellationToken.None));
    }
}
