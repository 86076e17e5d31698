using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Feel;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// What a completion condition reads: the counts of the multi-instance body (<c>numberOfInstances</c>,
/// <c>numberOfActiveInstances</c>, <c>numberOfCompletedInstances</c>, <c>numberOfTerminatedInstances</c>), then the
/// variables of the inner instance that just completed. The counts are not variables of the instance, as in Zeebe.
/// </summary>
internal sealed class LoopVariables(LoopProgress counts, IFeelVariables inner) : IFeelVariables
{
    public bool TryGetVariable(string name, out JsonNode? value)
    {
        int? count = name switch
        {
            "numberOfInstances" => counts.Total,
            "numberOfActiveInstances" => counts.Active,
            "numberOfCompletedInstances" => counts.Completed,
            "numberOfTerminatedInstances" => counts.Terminated,
            _ => null,
        };
        if (count is { } known)
        {
            value = JsonValue.Create(known);
            return true;
        }

        return inner.TryGetVariable(name, out value);
    }
}
