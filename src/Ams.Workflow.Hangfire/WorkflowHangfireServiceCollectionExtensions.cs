using Ams.Workflow.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ams.Workflow.Hangfire;

/// <summary>Registers the engine with Hangfire running its jobs and timers.</summary>
public static class WorkflowHangfireServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine, its Hangfire scheduler, the job and timer runners, and the in-process workers that
    /// <paramref name="workers"/> registers. Hangfire itself (storage, server) is the host's to add.
    /// </summary>
    public static IServiceCollection AddWorkflowEngineOnHangfire(
        this IServiceCollection services,
        Action<JobHandlerRegistry> workers,
        Action<WorkflowHangfireOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(workers);
        var registry = new JobHandlerRegistry();
        workers(registry);
        var options = new WorkflowHangfireOptions();
        configure?.Invoke(options);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(registry);
        services.AddSingleton(options);
        services.AddSingleton<HangfireWorkScheduler>();
        services.AddSingleton<IWorkScheduler>(sp => sp.GetRequiredService<HangfireWorkScheduler>());
        services.TryAddSingleton(new WorkflowEngineOptions());
        services.AddSingleton(sp => new WorkflowEngine(
            sp.GetRequiredService<Engine.Storage.IWorkflowStore>(),
            sp.GetRequiredService<IWorkScheduler>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<WorkflowEngineOptions>()));
        services.AddTransient<JobExecution>();
        services.AddTransient<TimerFiring>();
        services.AddTransient<WorkflowSweep>();
        foreach (var jobType in registry.JobTypes)
        {
            var handler = registry.Find(jobType)!;
            services.TryAddScoped(handler);
        }

        return services;
    }
}
