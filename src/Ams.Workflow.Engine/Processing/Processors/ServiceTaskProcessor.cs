using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing.Processors;

/// <summary>A service or send task: creates a job of its type and waits for a worker to complete it.</summary>
internal sealed class ServiceTaskProcessor : IBpmnElementProcessor
{
    public void Activate(ProcessingContext context, FlowNode node, ElementInstance element)
    {
        var task = (ServiceTask)node;
        var definition = task.Definition
            ?? throw new InvalidOperationException($"Service task '{task.Id}' passed validation without a task definition.");
        var type = context.Expressions.EvaluateText(definition.Type, element.Key, "job type");
        var retries = context.Expressions.EvaluateInteger(definition.Retries, element.Key, "retries", TaskDefinition.DefaultRetries);
        if (type.Failed || retries.Failed)
        {
            element.State = ElementInstanceState.Activating;
            context.Incidents.Raise(element, IncidentType.ExtractValueError, type.Error ?? retries.Error!);
            return;
        }

        var job = new JobRecord
        {
            Key = ProcessingContext.NewKey(),
            Type = type.Value!,
            ProcessInstanceId = context.Instance.Id,
            ProcessId = context.Instance.ProcessId,
            ElementInstanceKey = element.Key,
            ElementId = element.ElementId,
            State = JobState.Activatable,
            Retries = retries.Value,
            Headers = new Dictionary<string, string>(task.Headers),
            Variables = context.VariablesOf(element.Key).Snapshot(),
            CreatedAt = context.Now,
        };
        context.Instance.Jobs.Add(job);
        context.JobsCreated++;
        context.Changes.Jobs[job.Key] = job;
        context.Record(HistoryEventType.JobCreated, element, job.Type);
    }

    public void Terminate(ProcessingContext context, ElementInstance element)
    {
        foreach (var job in context.Instance.Jobs.Where(j => j.ElementInstanceKey == element.Key).ToList())
        {
            job.State = JobState.Canceled;
            context.Instance.Jobs.Remove(job);
            context.Changes.Jobs[job.Key] = job;
        }
    }
}
