namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>A constant: number, string, boolean, null or temporal literal.</summary>
internal sealed class FeelLiteralNode(int position, object? value) : FeelNode(position, 1)
{
    public object? Value { get; } = value;

    public override object? Evaluate(in FeelEvaluationScope scope) => Value;
}
