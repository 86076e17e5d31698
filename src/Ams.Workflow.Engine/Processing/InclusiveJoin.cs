using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// Decides, each time a token arrives at an inclusive gateway with several incoming flows, whether the gateway
/// activates, as Zeebe does: when every incoming flow holds a token, or when no other token of the same scope can
/// still reach the gateway without passing an incoming flow that already holds one. A token is an element instance,
/// a token waiting at another join, or a flow of the step being taken. The decision is made only on arrival: a join
/// whose other branch turns away afterwards waits, as in Zeebe. On activation one token per incoming flow is used;
/// any surplus waits for the next activation.
/// </summary>
internal sealed class InclusiveJoin(ProcessingContext context)
{
    /// <summary>Records the arrival by <paramref name="via"/>; true when the gateway activates now.</summary>
    public bool Arrive(InclusiveGateway gateway, Guid? scopeKey, SequenceFlow via, IEnumerable<FlowNode> inTransit)
    {
        var arrivals = context.Instance.JoinArrivals;
        arrivals.Add(new JoinArrival { ScopeKey = scopeKey, GatewayId = gateway.Id, FlowId = via.Id });
        var waiting = arrivals.Where(j => j.ScopeKey == scopeKey && j.GatewayId == gateway.Id).ToList();
        var taken = gateway.Incoming.Where(flow => waiting.Exists(j => j.FlowId == flow.Id)).ToList();
        if (taken.Count < gateway.Incoming.Count && AnyTokenCanReach(gateway, scopeKey, taken, inTransit))
        {
            return false;
        }

        foreach (var flow in taken)
        {
            arrivals.Remove(waiting.First(j => j.FlowId == flow.Id));
        }

        return true;
    }

    private bool AnyTokenCanReach(InclusiveGateway gateway, Guid? scopeKey, List<SequenceFlow> taken, IEnumerable<FlowNode> inTransit)
    {
        var sources = context.Instance.Elements
            .Where(e => e.ScopeKey == scopeKey && e.ElementId != gateway.Id)
            .Select(context.Node)
            .Concat(context.Instance.JoinArrivals
                .Where(j => j.ScopeKey == scopeKey && j.GatewayId != gateway.Id)
                .Select(j => context.Model.Node(j.GatewayId)))
            .Concat(inTransit.Where(node => node != gateway));
        return sources.Distinct().Any(source => Reaches(source, gateway, taken));
    }

    /// <summary>Whether <paramref name="gateway"/> lies downstream of <paramref name="source"/>, not counting flows that already hold a token.</summary>
    private static bool Reaches(FlowNode source, InclusiveGateway gateway, List<SequenceFlow> taken)
    {
        var visited = new HashSet<FlowNode>();
        var next = new Queue<FlowNode>();
        next.Enqueue(source);
        while (next.TryDequeue(out var node))
        {
            if (node == gateway)
            {
                return true;
            }

            if (!visited.Add(node))
            {
                continue;
            }

            foreach (var flow in node.Outgoing)
            {
                if (!taken.Contains(flow))
                {
                    next.Enqueue(flow.Target);
                }
            }

            if (node is Activity activity)
            {
                foreach (var boundary in activity.BoundaryEvents)
                {
                    next.Enqueue(boundary);
                }
            }
        }

        return false;
    }
}
