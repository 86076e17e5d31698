using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// What passes between a call activity and the instance it called: variables in, variables or an error out, and
/// termination down, settled within the command that caused it and committed with it (<see cref="CommandUnit"/>).
/// </summary>
internal sealed class CalledInstances(CommandRunner runner)
{
    /// <summary>The child's first variables: all visible at the call activity (Zeebe's default), or only its input mappings.</summary>
    public static JsonObject InputOf(ProcessingContext context, ElementInstance element) =>
        ((CallActivity)context.Node(element)).PropagateAllParentVariables
            ? context.VariablesOf(element.Key).Snapshot()
            : (JsonObject?)element.Variables?.DeepClone() ?? [];

    /// <summary>Completes the call activity with the ended child's variables, as the propagation flag and output mappings say.</summary>
    public static void Complete(ProcessingContext context, ElementInstance element, JsonObject childVariables)
    {
        var call = (CallActivity)context.Node(element);
        element.CalledInstanceId = null;
        if (call.PropagateAllChildVariables || call.IoMapping.HasOutputs)
        {
            // With output mappings the child's variables are local to the call activity, where the mappings read them.
            context.Transitions.AcceptCompletionVariables(element, childVariables);
        }

        context.Transitions.Complete(element);
    }

    /// <summary>
    /// Settles, until nothing is left, what the unit's instances owe each other: children of terminated call activities
    /// are cancelled, and a child that ended or threw an error tells its parent's call activity. Instances not yet in the
    /// unit are loaded into it, so everything is committed together.
    /// </summary>
    public async Task SettleAsync(CommandUnit unit, CancellationToken cancellationToken)
    {
        while (unit.Contexts.FirstOrDefault(HasSomethingToSettle) is { } context)
        {
            await CancelChildrenAsync(context, unit, cancellationToken);
            await TellParentAsync(context, unit, cancellationToken);
        }
    }

    private static bool HasSomethingToSettle(ProcessingContext context) =>
        context.CalledInstancesToCancel.Count > 0 || OwesParent(context);

    private static bool OwesParent(ProcessingContext context) =>
        context.Instance.ParentInstanceId is not null
        && !context.ParentSettled
        && (context.Instance.State == ProcessInstanceState.Completed || context.ErrorForParent is not null);

    private async Task CancelChildrenAsync(ProcessingContext context, CommandUnit unit, CancellationToken cancellationToken)
    {
        var children = context.CalledInstancesToCancel.ToList();
        context.CalledInstancesToCancel.Clear();
        foreach (var childId in children)
        {
            if (await runner.OpenAsync(unit, childId, context, cancellationToken) is { Instance.State: ProcessInstanceState.Active } child)
            {
                // A cancelled child has nothing to tell its parent; its own call activities' children follow it.
                child.ParentSettled = true;
                child.Transitions.Cancel();
            }
        }
    }

    private async Task TellParentAsync(ProcessingContext child, CommandUnit unit, CancellationToken cancellationToken)
    {
        if (!OwesParent(child))
        {
            return;
        }

        child.ParentSettled = true;
        var parentId = child.Instance.ParentInstanceId!.Value;
        var alreadyInUnit = unit.Find(parentId) is not null;
        var parent = await runner.OpenAsync(unit, parentId, child, cancellationToken);
        var element = parent?.Instance.Elements.Find(e => e.CalledInstanceId == child.Instance.Id);
        var error = child.ErrorForParent;
        child.ErrorForParent = null;
        if (parent is not null && element is not null && Settled(parent, element, child, error))
        {
            await runner.RunToRestAsync(parent, unit, cancellationToken);
            return;
        }

        // No call activity waits for this child any more, or none catches its error: the parent stays as it was.
        if (parent is not null && !alreadyInUnit)
        {
            unit.Remove(parent);
        }

        if (error is { } uncaught)
        {
            RaiseUncaught(child, uncaught.Source, uncaught.ErrorCode);
        }
    }

    /// <summary>Completes the call activity with the ended child, or throws its error there; false when nothing catches it.</summary>
    private static bool Settled(ProcessingContext parent, ElementInstance element, ProcessingContext child, (ElementInstance Source, string ErrorCode)? error)
    {
        if (error is { } thrown)
        {
            return parent.Errors.Throw(element, thrown.ErrorCode);
        }

        Complete(parent, element, child.Instance.Variables);
        return true;
    }

    private static void RaiseUncaught(ProcessingContext child, ElementInstance source, string errorCode) =>
        child.Incidents.Raise(source, IncidentType.UnhandledError,
            $"The error '{errorCode}' thrown by '{source.ElementId}' is caught neither in this instance nor by the call activity that started it.");
}
