namespace Ams.Workflow.Hangfire;

/// <summary>Which handler type serves which job type; types not listed are left for external workers.</summary>
public sealed class JobHandlerRegistry
{
    private readonly Dictionary<string, Type> handlers = new(StringComparer.Ordinal);

    /// <summary>Job types with an in-process worker.</summary>
    public IReadOnlyCollection<string> JobTypes => handlers.Keys;

    /// <summary>Registers <typeparamref name="THandler"/> for <paramref name="jobType"/>.</summary>
    public JobHandlerRegistry Add<THandler>(string jobType)
        where THandler : IJobHandler
    {
        ArgumentException.ThrowIfNullOrEmpty(jobType);
        if (!handlers.TryAdd(jobType, typeof(THandler)))
        {
            throw new InvalidOperationException($"Job type '{jobType}' already has a worker ({handlers[jobType].Name}).");
        }

        return this;
    }

    /// <summary>The handler type for a job type, if any.</summary>
    public Type? Find(string jobType) => handlers.GetValueOrDefault(jobType);
}
