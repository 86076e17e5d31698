namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>A node of a parsed FEEL expression; immutable, so one tree serves many evaluations.</summary>
internal abstract class FeelNode
{
    protected FeelNode(int position, int depth)
    {
        Position = position;
        Depth = depth;
    }

    /// <summary>The 0-based offset in the source where the node starts.</summary>
    public int Position { get; }

    /// <summary>The height of the tree below and including this node; bounded so evaluation cannot exhaust the stack.</summary>
    public int Depth { get; }

    public abstract object? Evaluate(in FeelEvaluationScope scope);

    protected static int DepthOf(params ReadOnlySpan<FeelNode> children)
    {
        var deepest = 0;
        foreach (var child in children)
        {
            deepest = Math.Max(deepest, child.Depth);
        }

        return deepest + 1;
    }
}
