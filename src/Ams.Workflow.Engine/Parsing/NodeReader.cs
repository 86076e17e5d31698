using System.Xml.Linq;
using Ams.Workflow.Engine.Model;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>Reads tasks, gateways and sub-processes with their Zeebe extensions; reports every other element type.</summary>
internal sealed class NodeReader(ProblemList problems)
{
    public FlowNode? Read(XElement element, string id, string? name)
    {
        switch (element.Name.LocalName)
        {
            case "serviceTask" or "sendTask":
                return new ServiceTask(id, name, element.Name.LocalName, TaskDefinition(element), ZeebeExtensions.Headers(element, problems));
            case "userTask":
                return UserTask(element, id, name);
            case "scriptTask":
                return ScriptTask(element, id, name);
            case "callActivity":
                return CallActivity(element, id, name);
            case "businessRuleTask":
                return BusinessRuleTask(element, id, name);
            case "task" or "manualTask":
                return new PassThroughTask(id, name, element.Name.LocalName);
            case "exclusiveGateway":
                return new ExclusiveGateway(id, name);
            case "eventBasedGateway":
                return new EventBasedGateway(id, name);
            case "inclusiveGateway":
                return new InclusiveGateway(id, name);
            case "parallelGateway":
                return new ParallelGateway(id, name);
            case "subProcess":
                return new SubProcess(id, name);
            default:
                UnsupportedElements.Report(element, problems);
                return null;
        }
    }

    private static TaskDefinition? TaskDefinition(XElement element)
    {
        var definition = ZeebeExtensions.Of(element, "taskDefinition");
        var type = ZeebeExtensions.Expression(definition, "type");
        return type is null ? null : new TaskDefinition(type, ZeebeExtensions.Expression(definition, "retries"));
    }

    /// <summary>
    /// A script task runs its <c>zeebe:script</c> FEEL expression; with a <c>zeebe:taskDefinition</c> instead, Camunda
    /// makes it a job for a worker, so it is read as a service task.
    /// </summary>
    private FlowNode? ScriptTask(XElement element, string id, string? name)
    {
        var script = ZeebeExtensions.Of(element, "script");
        var definition = TaskDefinition(element);
        if (definition is not null && script is not null)
        {
            problems.Error(element, "The script task has both a script and a job type: keep one.");
            return null;
        }

        return definition is not null
            ? new ServiceTask(id, name, "scriptTask", definition, ZeebeExtensions.Headers(element, problems))
            : new ScriptTask(id, name, ZeebeExtensions.Expression(script, "expression"), ((string?)script?.Attribute("resultVariable"))?.Trim() is { Length: > 0 } variable ? variable : null);
    }

    /// <summary>
    /// A call activity's <c>zeebe:calledElement</c>. Both propagation flags default to true, as in Zeebe. Binding
    /// <c>latest</c> (the default) or <c>versionTag</c>; <c>deployment</c> is refused, since a deployment here holds one
    /// process.
    /// </summary>
    private CallActivity CallActivity(XElement element, string id, string? name)
    {
        var called = ZeebeExtensions.Of(element, "calledElement");
        var binding = ((string?)called?.Attribute("bindingType"))?.Trim();
        var versionTag = ((string?)called?.Attribute("versionTag"))?.Trim();
        if (binding == "versionTag" && string.IsNullOrEmpty(versionTag))
        {
            problems.Error(element, "The call activity binds by version tag but names none: set the versionTag of its zeebe:calledElement.");
        }
        else if (binding is { Length: > 0 } and not "latest" and not "versionTag")
        {
            problems.Error(element, $"The call activity's binding type '{binding}' is not supported: use \"latest\" or \"versionTag\".");
        }

        return new CallActivity(
            id, name, ZeebeExtensions.Expression(called, "processId"), Flag(called, "propagateAllChildVariables"), Flag(called, "propagateAllParentVariables"),
            binding == "versionTag" && !string.IsNullOrEmpty(versionTag) ? versionTag : null);
    }

    private static bool Flag(XElement? element, string attribute) =>
        !string.Equals(((string?)element?.Attribute(attribute))?.Trim(), "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A business rule task evaluates the decision of its <c>zeebe:calledDecision</c>; with a <c>zeebe:taskDefinition</c>
    /// instead, Camunda makes it a job for a worker, so it is read as a service task.
    /// </summary>
    private FlowNode? BusinessRuleTask(XElement element, string id, string? name)
    {
        var called = ZeebeExtensions.Of(element, "calledDecision");
        var definition = TaskDefinition(element);
        if (definition is not null && called is not null)
        {
            problems.Error(element, "The business rule task has both a called decision and a job type: keep one.");
            return null;
        }

        if (definition is not null)
        {
            return new ServiceTask(id, name, "businessRuleTask", definition, ZeebeExtensions.Headers(element, problems));
        }

        var bindingType = ((string?)called?.Attribute("bindingType"))?.Trim();
        if (bindingType is { Length: > 0 } and not "latest")
        {
            problems.Error(element, $"The binding type '{bindingType}' is not supported: the engine calls the latest version of a decision.");
        }

        return new BusinessRuleTask(id, name, ZeebeExtensions.Expression(called, "decisionId"),
            ((string?)called?.Attribute("resultVariable"))?.Trim() is { Length: > 0 } variable ? variable : null);
    }

    /// <summary>
    /// A user task with or without <c>zeebe:userTask</c> is a task in the inbox; the legacy job type some models
    /// carry on it is ignored.
    /// </summary>
    private UserTask UserTask(XElement element, string id, string? name)
    {
        var assignment = ZeebeExtensions.Of(element, "assignmentDefinition");
        var schedule = ZeebeExtensions.Of(element, "taskSchedule");
        var form = ZeebeExtensions.Of(element, "formDefinition");
        var headers = ZeebeExtensions.Headers(element, problems);
        return new UserTask(id, name)
        {
            Assignment = new UserTaskAssignment(
                ZeebeExtensions.Expression(assignment, "assignee"),
                ZeebeExtensions.Expression(assignment, "candidateGroups"),
                ZeebeExtensions.Expression(assignment, "candidateUsers")),
            FormKey = FirstOf(form, "formId", "formKey", "externalReference"),
            DueDate = ZeebeExtensions.Expression(schedule, "dueDate"),
            FollowUpDate = ZeebeExtensions.Expression(schedule, "followUpDate"),
            Priority = ZeebeExtensions.Expression(ZeebeExtensions.Of(element, "priorityDefinition"), "priority"),
            Headers = headers,
            Separation = SeparationReader.Read(element, headers, problems),
        };
    }

    private static string? FirstOf(XElement? element, params string[] attributes) =>
        attributes.Select(a => ((string?)element?.Attribute(a))?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));
}
