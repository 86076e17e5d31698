using Ams.Workflow.Engine.Model;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>What makes a gateway route every token it receives.</summary>
internal static class GatewayRules
{
    public static void ValidateConditional(ConditionalGateway gateway, ProblemList problems)
    {
        if (gateway.Outgoing.Count <= 1)
        {
            return;
        }

        var conditional = gateway.Outgoing.Where(f => f != gateway.DefaultFlow).ToList();
        foreach (var flow in conditional.Where(f => f.Condition is null))
        {
            problems.Error(flow, $"The flow leaves {Describe(gateway)} '{gateway.Id}' without a condition and is not its default flow; add a condition or make it the default.");
        }

        if (gateway.DefaultFlow is null && conditional.All(f => f.Condition is not null) && !AlwaysOneHolds(conditional))
        {
            problems.Warning(gateway, "The conditions of the outgoing flows can all be false (for example when a variable is missing) and there is no default flow: an instance would stop here with an incident. Add a default flow.");
        }
    }

    public static void ValidateParallel(ParallelGateway gateway, ProblemList problems)
    {
        foreach (var flow in gateway.Outgoing.Where(f => f.Condition is not null))
        {
            problems.Error(flow, $"A flow leaving parallel gateway '{gateway.Id}' cannot have a condition; use an exclusive gateway.");
        }
    }

    /// <summary>An event-based gateway leads, by at least two flows, to message, timer or signal catch events only, as Camunda requires.</summary>
    public static void ValidateEventBased(EventBasedGateway gateway, ProblemList problems)
    {
        if (gateway.Outgoing.Count == 1)
        {
            problems.Error(gateway, "An event-based gateway needs at least two outgoing flows, each to a message, timer or signal intermediate catch event.");
        }

        foreach (var flow in gateway.Outgoing)
        {
            if (flow.Target is not IntermediateCatchEvent { Trigger: MessageTrigger or TimerTrigger or SignalTrigger })
            {
                problems.Error(flow, $"A flow leaving event-based gateway '{gateway.Id}' must lead to a message, timer or signal intermediate catch event; '{flow.Target.Id}' is a {flow.Target.ElementType}.");
            }
        }
    }

    /// <summary>
    /// True when some condition is plainly <c>true</c>, or one is the negation <c>not(c)</c> of another,
    /// since FEEL's <c>not()</c> of a non-boolean is null, only a boolean-valued <c>c</c> such as <c>is defined(x)</c> counts.
    /// </summary>
    private static bool AlwaysOneHolds(List<SequenceFlow> flows)
    {
        var texts = flows.Select(f => Normalize(f.Condition!.Raw)).ToHashSet(StringComparer.Ordinal);
        if (texts.Contains("true"))
        {
            return true;
        }

        return texts.Any(t => t.StartsWith("isdefined(", StringComparison.Ordinal) && texts.Contains($"not({t})"));
    }

    private static string Describe(ConditionalGateway gateway) =>
        gateway is InclusiveGateway ? "inclusive gateway" : "exclusive gateway";

    private static string Normalize(string raw) =>
        string.Concat(raw.TrimStart().TrimStart('=').Where(c => !char.IsWhiteSpace(c)));
}
