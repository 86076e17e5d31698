using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Storage;
using Ams.Workflow.Store.Tests;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Workflow.Hangfire.Tests;

/// <summary>One node: its own Hangfire server and memory storage, the engine on a shared SQLite file.</summary>
public sealed class HangfireNode : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly BackgroundJobServer server;

    public HangfireNode(StoreDatabase database, string name, ExecutionLog log, Action<JobHandlerRegistry> workers, TimeSpan? lease = null)
    {
        var storage = new InMemoryStorage();
        var collection = new ServiceCollection();
        collection.AddSingleton(log);
        collection.AddSingleton<IWorkflowStore>(_ => database.OpenStore());
        collection.AddSingleton(new WorkflowEngineOptions { RetryBackoff = TimeSpan.FromMilliseconds(100) });
        collection.AddSingleton<JobStorage>(storage);
        collection.AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(storage));
        collection.AddWorkflowEngineOnHangfire(workers, o =>
        {
            o.NodeName = name;
            o.LeaseDuration = lease ?? o.LeaseDuration;
        });
        services = collection.BuildServiceProvider();
        server = new BackgroundJobServer(
            new BackgroundJobServerOptions
            {
                ServerName = name,
                WorkerCount = 4,
                SchedulePollingInterval = TimeSpan.FromMilliseconds(100),
                Activator = new ServiceProviderJobActivator(services.GetRequiredService<IServiceScopeFactory>()),
            },
            storage);
    }

    public WorkflowEngine Engine => services.GetRequiredService<WorkflowEngine>();

    public Task<(int Timers, int Jobs)> SweepAsync() => services.GetRequiredService<WorkflowSweep>().RunAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        server.SendStop();
        server.Dispose();
        await services.DisposeAsync();
    }
}
