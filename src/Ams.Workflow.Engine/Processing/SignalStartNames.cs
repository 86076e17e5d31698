using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// The names of a process's own signal start events. A name that is FEEL is evaluated without variables, as Zeebe
/// does when it opens the start event's subscription at deployment; one that gives no text refuses the deployment.
/// </summary>
internal static class SignalStartNames
{
    /// <summary>Each signal start event with its name, or the first start event whose name cannot be evaluated and why.</summary>
    public static (IReadOnlyList<(StartEvent Start, string Name)> Starts, StartEvent? Failed, string? Error) Of(ProcessModel model, DateTimeOffset now)
    {
        var evaluator = new ExpressionEvaluator(new ProcessInstance(), now);
        var starts = new List<(StartEvent, string)>();
        foreach (var start in model.SignalStartEvents)
        {
            var name = evaluator.EvaluateText(((SignalTrigger)start.Trigger!).Name, null, "signal name");
            if (name.Failed)
            {
                return ([], start, name.Error);
            }

            starts.Add((start, name.Value!));
        }

        return (starts, null, null);
    }
}
