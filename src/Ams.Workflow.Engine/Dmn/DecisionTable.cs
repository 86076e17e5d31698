using Ams.Workflow.Engine.Feel;

namespace Ams.Workflow.Engine.Dmn;

/// <summary>
/// A decision table, evaluated as dmn-scala does: the inputs are evaluated once, every rule whose entries all hold
/// matches (only the first for FIRST), the matched rules' outputs are evaluated, and the hit policy makes the result.
/// No match gives null whatever the hit policy. One output gives its value, several give a context by output name.
/// </summary>
public sealed class DecisionTable(
    HitPolicy hitPolicy,
    CollectAggregation aggregation,
    IReadOnlyList<DecisionTableInput> inputs,
    IReadOnlyList<DecisionTableOutput> outputs,
    IReadOnlyList<DecisionRule> rules) : DecisionLogic
{
    /// <summary>The hit policy.</summary>
    public HitPolicy HitPolicy { get; } = hitPolicy;

    /// <summary>The aggregation of a COLLECT table.</summary>
    public CollectAggregation Aggregation { get; } = aggregation;

    /// <summary>The inputs.</summary>
    public IReadOnlyList<DecisionTableInput> Inputs { get; } = inputs;

    /// <summary>The outputs.</summary>
    public IReadOnlyList<DecisionTableOutput> Outputs { get; } = outputs;

    /// <summary>The rules, in table order.</summary>
    public IReadOnlyList<DecisionRule> Rules { get; } = rules;

    /// <inheritdoc />
    internal override object? Evaluate(IFeelVariables variables, FeelEvaluationContext context)
    {
        var inputValues = Inputs.Select(input => input.Expression.Evaluate(variables, context)).ToList();
        var matched = new List<DecisionRule>();
        foreach (var rule in Rules)
        {
            if (rule.Matches(inputValues, variables, context))
            {
                matched.Add(rule);
                if (HitPolicy == HitPolicy.First)
                {
                    break;
                }
            }
        }

        if (matched.Count == 0)
        {
            return null;
        }

        var outputValues = matched.Select(rule => OutputsOf(rule, variables, context)).ToList();
        return new DecisionTableHits(this, matched, outputValues).Result();
    }

    private Dictionary<string, object?> OutputsOf(DecisionRule rule, IFeelVariables variables, FeelEvaluationContext context)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < Outputs.Count; i++)
        {
            values[Outputs[i].Name] = rule.OutputEntries[i]?.Evaluate(variables, context);
        }

        return values;
    }
}
