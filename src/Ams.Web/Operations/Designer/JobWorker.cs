using Ams.Workflow.Hangfire;

namespace Ams.Web.Operations.Designer;

/// <summary>
/// A job type this host runs in process: how it is registered with the engine and how the designer offers it
/// as an element template, so that the two cannot drift apart.
/// </summary>
/// <param name="JobType">The <c>zeebe:taskDefinition type</c>.</param>
/// <param name="Name">The template's name in the designer.</param>
/// <param name="Description">What the step does, shown with the template.</param>
/// <param name="Retries">The default number of attempts.</param>
/// <param name="Inputs">The input mappings the worker reads.</param>
/// <param name="Register">Adds the worker's handler to the engine's registry.</param>
public sealed record JobWorker(string JobType, string Name, string Description, int Retries, IReadOnlyList<JobInput> Inputs, Action<JobHandlerRegistry> Register)
{
    /// <summary>A worker served by <typeparamref name="THandler"/>.</summary>
    public static JobWorker Of<THandler>(string jobType, string name, string description, int retries, params JobInput[] inputs)
        where THandler : IJobHandler =>
        new(jobType, name, description, retries, inputs, registry => registry.Add<THandler>(jobType));
}
