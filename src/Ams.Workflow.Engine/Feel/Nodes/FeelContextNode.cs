namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>A context literal such as <c>{a: 1, "b c": x}</c>; keys are unique (checked by the parser).</summary>
internal sealed class FeelContextNode(int position, string[] keys, FeelNode[] values) : FeelNode(position, DepthOf(values))
{
    public override object? Evaluate(in FeelEvaluationScope scope)
    {
        var context = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            context[keys[i]] = values[i].Evaluate(scope);
        }

        return context;
    }
}
