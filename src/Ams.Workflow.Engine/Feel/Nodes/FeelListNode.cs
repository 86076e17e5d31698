namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>A list literal such as <c>[1, "a", x]</c>.</summary>
internal sealed class FeelListNode(int position, FeelNode[] items) : FeelNode(position, DepthOf(items))
{
    public override object? Evaluate(in FeelEvaluationScope scope)
    {
        var values = new object?[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            values[i] = items[i].Evaluate(scope);
        }

        return values;
    }
}
