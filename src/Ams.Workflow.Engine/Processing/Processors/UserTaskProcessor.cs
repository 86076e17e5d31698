using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing.Processors;

/// <summary>A user task: evaluates who may work it and when it is due, puts it in the inbox and waits.</summary>
internal sealed class UserTaskProcessor : IBpmnElementProcessor
{
    public void Activate(ProcessingContext context, FlowNode node, ElementInstance element)
    {
        var task = (UserTask)node;
        var expressions = context.Expressions;
        var assignee = task.Assignment.Assignee is { } a ? expressions.Evaluate(a, element.Key, "assignee") : Evaluated<object>.Ok(null);
        var groups = expressions.EvaluateList(task.Assignment.CandidateGroups, element.Key, "candidate groups");
        var users = expressions.EvaluateList(task.Assignment.CandidateUsers, element.Key, "candidate users");
        var due = expressions.EvaluateDateTime(task.DueDate, element.Key, "due date");
        var followUp = expressions.EvaluateDateTime(task.FollowUpDate, element.Key, "follow-up date");
        var priority = expressions.EvaluateInteger(task.Priority, element.Key, "priority", UserTask.DefaultPriority);
        var error = assignee.Error ?? groups.Error ?? users.Error ?? due.Error ?? followUp.Error ?? priority.Error;
        if (error is not null)
        {
            element.State = ElementInstanceState.Activating;
            context.Incidents.Raise(element, IncidentType.ExtractValueError, error);
            return;
        }

        var record = new UserTaskRecord
        {
            Key = ProcessingContext.NewKey(),
            ProcessInstanceId = context.Instance.Id,
            ProcessId = context.Instance.ProcessId,
            BusinessKey = context.Instance.BusinessKey,
            ElementInstanceKey = element.Key,
            ElementId = element.ElementId,
            Name = task.Name,
            State = UserTaskState.Created,
            Assignee = Feel.FeelValues.ToText(assignee.Value) is { Length: > 0 } who ? who : null,
            CandidateGroups = groups.Value!,
            CandidateUsers = users.Value!,
            DueAt = due.Value,
            FollowUpAt = followUp.Value,
            Priority = Math.Clamp(priority.Value, 0, 100),
            FormKey = task.FormKey,
            Headers = new Dictionary<string, string>(task.Headers),
            Variables = context.VariablesOf(element.Key).Snapshot(),
            CreatedAt = context.Now,
        };
        context.Instance.UserTasks.Add(record);
        context.Changes.UserTasks[record.Key] = record;
        context.Record(HistoryEventType.UserTaskCreated, element, record.Name);
    }

    public void Terminate(ProcessingContext context, ElementInstance element)
    {
        foreach (var task in context.Instance.UserTasks.Where(t => t.ElementInstanceKey == element.Key).ToList())
        {
            task.State = UserTaskState.Canceled;
            task.EndedAt = context.Now;
            context.Instance.UserTasks.Remove(task);
            context.Changes.UserTasks[task.Key] = task;
        }
    }
}
