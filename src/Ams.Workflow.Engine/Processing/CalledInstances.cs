using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// What passes between a call activity and the instance it called: variables in, variables or an error out, and
/// termination down. Within one command it settles in memory; across commands it runs a follow-up command on the other
/// instance after the commit.
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

    /// <summary>A child started in this command that already ended or threw is settled before either is committed.</summary>
    public static void SettleAtOnce(ProcessingContext parent, ElementInstance element, ProcessingContext child)
    {
        if (child.Instance.State == ProcessInstanceState.Completed)
        {
            Complete(parent, element, child.Instance.Variables);
        }
        else if (child.ErrorForParent is { } error)
        {
            if (parent.Errors.Throw(element, error.ErrorCode))
            {
                // The call activity is gone; its child is not committed yet, so it is cancelled here, not after the commit.
                parent.CalledInstancesToCancel.Remove(child.Instance.Id);
                child.Transitions.Cancel();
            }
            else
            {
                RaiseUncaught(child, error.Source, error.ErrorCode);
            }
        }
    }

    /// <summary>After a commit: cancels the children of terminated call activities, and tells a parent its child ended or threw.</summary>
    public async Task AfterCommitAsync(ProcessingContext context, CancellationToken cancellationToken)
    {
        foreach (var cancelled in context.CalledInstancesToCancel)
        {
            _ = await runner.RunAsync(cancelled, context.Actor, child =>
            {
                if (child.Instance.State != ProcessInstanceState.Active)
                {
                    return CommandResult.Conflict($"Process instance {cancelled} has already ended.");
                }

                child.Transitions.Cancel();
                return CommandResult.Ok;
            }, retryOnConflict: true, cancellationToken);
        }

        // A child started in this very command was settled in memory.
        if (context.Instance.ParentInstanceId is not { } parentId || context.Changes.ExpectedRevision < 0)
        {
            return;
        }

        var childId = context.Instance.Id;
        if (context.Instance.State == ProcessInstanceState.Completed)
        {
            var variables = context.Instance.Variables;
            _ = await runner.RunAsync(parentId, context.Actor, parent => OnCallActivity(parent, childId, element =>
            {
                Complete(parent, element, variables);
                return true;
            }), retryOnConflict: true, cancellationToken);
        }
        else if (context.ErrorForParent is { } error)
        {
            var caught = await runner.RunAsync(parentId, context.Actor, parent =>
                OnCallActivity(parent, childId, element => parent.Errors.Throw(element, error.ErrorCode)), retryOnConflict: true, cancellationToken);
            if (!caught.Succeeded)
            {
                _ = await runner.RunAsync(childId, context.Actor, child =>
                {
                    if (child.Instance.Element(error.Source.Key) is not { } source)
                    {
                        return CommandResult.NotFound("The throwing end event is gone.");
                    }

                    RaiseUncaught(child, source, error.ErrorCode);
                    return CommandResult.Ok;
                }, retryOnConflict: true, cancellationToken);
            }
        }
    }

    private static CommandResult OnCallActivity(ProcessingContext parent, Guid childId, Func<ElementInstance, bool> action) =>
        parent.Instance.Elements.Find(e => e.CalledInstanceId == childId) is { } element && action(element)
            ? CommandResult.Ok
            : CommandResult.NotFound($"No call activity waits for instance {childId}, or none catches its error.");

    private static void RaiseUncaught(ProcessingContext child, ElementInstance source, string errorCode) =>
        child.Incidents.Raise(source, IncidentType.UnhandledError,
            $"The error '{errorCode}' thrown by '{source.ElementId}' is caught neither in this instance nor by the call activity that started it.");
}
