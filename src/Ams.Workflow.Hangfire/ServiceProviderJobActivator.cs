using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Workflow.Hangfire;

/// <summary>Lets Hangfire build its job classes from the host's services, one scope per job.</summary>
public sealed class ServiceProviderJobActivator(IServiceScopeFactory scopes) : JobActivator
{
    /// <inheritdoc />
    public override JobActivatorScope BeginScope(JobActivatorContext context) => new Scope(scopes.CreateScope());

    private sealed class Scope(IServiceScope scope) : JobActivatorScope
    {
        public override object Resolve(Type type) => ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);

        public override void DisposeScope() => scope.Dispose();
    }
}
